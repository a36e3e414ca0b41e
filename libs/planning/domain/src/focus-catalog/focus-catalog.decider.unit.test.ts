import { AggregateNotFound, RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import {
  focusCatalogDecider,
  type CatalogVersionInput,
  type FocusCatalogCommand,
  type FocusCatalogEvent,
} from './focus-catalog.decider';
import { omit } from '../shared/omit';

const AT = '2022-03-01T09:00:00+08:00';
const given = givenDecider(focusCatalogDecider).given;

/** Qingdao's shape in small: one focus with items, one process, one portrait dimension. */
const content: CatalogVersionInput = {
  version: '2022',
  label: '青岛市委巡察监督重点（2022）',
  validFrom: '2022-01-01',
  focuses: [
    {
      code: 'QD-1',
      label: '政治监督',
      items: [
        { code: 'QD-1-001', label: '问题表现一', placeholder: true },
        { code: 'QD-1-002', label: '问题表现二', placeholder: true },
      ],
    },
  ],
  processes: [
    {
      code: 'P1',
      label: '流程一',
      points: [
        { code: 'P1-01', label: '要点一', manifestations: [{ code: 'P1-01-1', label: '表现一' }] },
      ],
    },
  ],
  portraitDimensions: [{ code: 'political-quality', label: '政治素养' }],
};

const create: FocusCatalogCommand = {
  type: 'CreateFocusCatalog',
  id: 'qingdao',
  at: AT,
  jurisdiction: '370200',
  title: '青岛市委巡察监督重点',
  content,
};

const created: FocusCatalogEvent = {
  type: 'FocusCatalogCreated',
  data: {
    catalogId: 'qingdao',
    jurisdiction: '370200',
    title: '青岛市委巡察监督重点',
    createdAt: AT,
  },
};
const tree = omit(content, 'version');
const issued: FocusCatalogEvent = {
  type: 'FocusCatalogVersionIssued',
  data: {
    ...tree,
    label: content.label!,
    version: 'qingdao-2022',
    catalogId: 'qingdao',
    jurisdiction: '370200',
    title: '青岛市委巡察监督重点',
    ordinal: 1,
    issuedAt: AT,
  },
};

const revise = (extra: Partial<CatalogVersionInput>): FocusCatalogCommand => ({
  type: 'ReviseFocusCatalog',
  id: 'qingdao',
  at: '2023-02-01T09:00:00+08:00',
  content: { ...content, version: undefined, label: undefined, validFrom: undefined, ...extra },
});

describe('focus catalog (监督重点清单)', () => {
  it('is created with its first version', () => {
    given().when(create).then(created, issued);
  });

  it('is created once', () => {
    given(created, issued).when(create).thenThrows(RuleViolation, 'catalog-exists');
  });

  it('takes neither a shipped id nor one that cannot name a stream', () => {
    given()
      .when({ ...create, id: 'three-focuses' })
      .thenThrows(RuleViolation, 'catalog-id-invalid');
    given()
      .when({ ...create, id: '青岛' })
      .thenThrows(RuleViolation, 'catalog-id-invalid');
  });

  it('holds something to classify under', () => {
    given()
      .when({ ...create, content: { ...content, focuses: [], processes: [] } })
      .thenThrows(RuleViolation, 'catalog-without-items');
  });

  it('refuses a focus without items', () => {
    const bare = {
      ...content,
      focuses: [...content.focuses, { code: 'QD-2', label: '空', items: [] }],
    };
    const error = given()
      .when({ ...create, content: bare })
      .thenThrows(RuleViolation, 'catalog-branch-empty');
    expect((error as RuleViolation).context).toEqual({ codes: ['QD-2'] });
  });

  it('names every code once, across items, manifestations and dimensions', () => {
    const twice = {
      ...content,
      portraitDimensions: [{ code: 'QD-1-001', label: '重复' }],
    };
    const error = given()
      .when({ ...create, content: twice })
      .thenThrows(RuleViolation, 'catalog-code-repeated');
    expect((error as RuleViolation).context).toEqual({ codes: ['QD-1-001'] });
  });

  it('refuses a validity that ends before it starts', () => {
    given()
      .when({ ...create, content: { ...content, validTo: '2021-12-31' } })
      .thenThrows(RuleViolation, 'catalog-validity-reversed');
  });

  it('is revised into a new version from the day of the revision, the old one kept', () => {
    const [event] = given(created, issued)
      .when(revise({ focuses: [{ ...content.focuses[0], label: '政治监督（修订）' }] }))
      .then({
        type: 'FocusCatalogVersionIssued',
        data: {
          ...tree,
          focuses: [{ ...content.focuses[0], label: '政治监督（修订）' }],
          label: '青岛市委巡察监督重点（第2版）',
          validFrom: '2023-02-01',
          version: 'qingdao-v2',
          catalogId: 'qingdao',
          jurisdiction: '370200',
          title: '青岛市委巡察监督重点',
          ordinal: 2,
          issuedAt: '2023-02-01T09:00:00+08:00',
        },
      });
    const state = [created, issued, event].reduce(
      focusCatalogDecider.evolve,
      focusCatalogDecider.initialState(),
    );
    expect(state.versions.map((v) => v.version)).toEqual(['qingdao-2022', 'qingdao-v2']);
    expect(state.versions[0].focuses[0].label).toBe('政治监督');
  });

  it('takes a revision that starts after the version before it only', () => {
    given(created, issued)
      .when(revise({ validFrom: '2022-01-01', focuses: [], processes: content.processes }))
      .thenThrows(RuleViolation, 'catalog-revision-not-later');
  });

  it('does not issue a version id twice', () => {
    given(created, issued)
      .when(revise({ version: '2022', validFrom: '2023-01-01', portraitDimensions: [] }))
      .thenThrows(RuleViolation, 'catalog-version-exists');
  });

  it('issues nothing when the revision changes nothing', () => {
    given(created, issued)
      .when(revise({ validFrom: '2022-01-01' }))
      .then();
  });

  it('revises only a catalog that exists', () => {
    given().when(revise({})).thenThrows(AggregateNotFound);
  });
});
