import type { TalkGroup } from '@xuncha/contracts';
import { AggregateNotFound, RuleViolation, addDays, givenDecider } from '@xuncha/platform-kernel';
import { focusCatalogCopyDecider, type FocusCatalog } from '../catalog/focus-catalog';
import { DEFAULT_TALK_RULES } from '../talks/talk-rules';
import type { InspectionCommand, OpenInspection } from './inspection.commands';
import { omit } from './omit';
import { inspectionDecider } from './inspection.decider';
import type { InspectionEvent, InspectionOpened } from './inspection.events';

const CATALOG_VERSION = 'three-focuses-2022';
/** A catalog version as a launched round brings it: items, one top-leader manifestation, a dimension. */
const catalog: FocusCatalog = {
  version: CATALOG_VERSION,
  catalogId: 'three-focuses',
  title: '“三个聚焦”监督重点清单',
  label: '三个聚焦',
  focuses: [
    {
      code: 'SGJJ-2',
      label: '聚焦二',
      placeholder: true,
      items: [{ code: 'SGJJ-2-07', label: '聚焦二·第07项', placeholder: true }],
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

const id = 'insp-1';
const at = '2026-03-10T09:00:00+08:00';
const team = {
  teamId: 'team-1',
  leaderId: 'leader-1',
  deputyIds: ['deputy-1'],
  liaisonId: 'liaison-1',
  memberIds: ['member-1', 'member-2'],
};
const target = {
  targetId: 'target-1',
  targetName: '商洛市财政局',
  category: 'government-department' as const,
  tier: 'city' as const,
  jurisdiction: '611000',
  headcount: 40,
};
const village = { villageId: 'village-1', villageName: '东村', jurisdiction: '611002001001' };
const deadlines = {
  fieldStageDays: 40,
  reportToSecretaryDays: 30,
  rectificationPlanWorkingDays: 15,
  rectificationReportMonths: 2,
};
const open: OpenInspection = {
  type: 'OpenInspection',
  id,
  at,
  roundId: 'round-1',
  termPlanId: 'plan-1',
  ordinal: 10,
  kind: 'regular',
  modes: [],
  team,
  target,
  villages: [],
  deadlines,
  catalogVersion: CATALOG_VERSION,
};
const scope = {
  roundId: 'round-1',
  targetId: 'target-1',
  jurisdiction: '611000',
  tier: 'city' as const,
};

const opening = omit(open, 'type', 'id', 'at');
const opened: InspectionOpened = {
  type: 'InspectionOpened',
  data: { inspectionId: id, ...opening, openedAt: at },
};
const openedWithVillage: InspectionOpened = {
  type: 'InspectionOpened',
  data: {
    ...opened.data,
    target: { ...target, category: 'township', tier: 'county' },
    modes: ['township-with-villages'],
    villages: [village],
  },
};
const stationed: InspectionEvent = {
  type: 'InspectionStationed',
  data: { announcedAt: at, channels: ['phone'], fieldStageDueBy: '2026-04-18' },
};
const talk = (group: TalkGroup, count: number, cumulative: number): InspectionEvent => ({
  type: 'TalksRecorded',
  data: { group, count, talkedOn: '2026-03-12', cumulative },
});
/** 28 talks over the five must-talk groups: 70% of a headcount of 40. */
const coveredTalks = [
  talk('leadership', 7, 7),
  talk('party-member', 10, 17),
  talk('middle-manager', 6, 23),
  talk('minority', 2, 25),
  talk('generational', 3, 28),
];
const finding = {
  findingId: 'finding-1',
  title: '超标准列支会议费',
  description: '2025年列支会议费超标准12万元',
  focusItem: 'SGJJ-2-07',
  involvedRank: 'leadership' as const,
  amount: 126400.5,
};
const findingRecorded: InspectionEvent = {
  type: 'FindingRecorded',
  data: { ...scope, ...finding, catalogVersion: CATALOG_VERSION, foundAt: at },
};
const person = { name: '王某某', position: '政府采购科科长', rank: 'section' as const };
const clue = {
  clueId: 'clue-1',
  person,
  allegation: '违规指定供应商',
  discipline: 'integrity' as const,
  evidenceRefs: ['谈话记录-41'],
};
const drafted: InspectionEvent = {
  type: 'ReportDrafted',
  data: { summary: '初稿', draftedAt: at },
};
const approved: InspectionEvent = {
  type: 'ReportApproved',
  data: { approvedAt: at, findingCount: 1, immediateItemCount: 0, clueCount: 0, talkCount: 28 },
};
const directive = {
  directiveId: 'directive-1',
  pointsAt: 'matter' as const,
  subject: '会议费问题举一反三，专项清理',
  owner: '市财政局',
  dueBy: '2026-06-30',
};
const heard = {
  type: 'ReportHeard' as const,
  data: { heardAt: '2026-05-20T15:00:00+08:00', directives: [directive] },
};
const feedbackIds = { target: 'fb-target', 'village-1': 'fb-village-1' };
/** When the hearing and the feedback are recorded, after they happened. */
const later = '2026-06-20T09:00:00+08:00';
const deliver: InspectionCommand = {
  type: 'DeliverFeedback',
  id,
  at: later,
  deliveredAt: '2026-06-16T10:00:00+08:00',
  copiedTo: ['分管副市长'],
  villageIds: [],
  feedbackIds,
};
const fieldWork = [opened, stationed, ...coveredTalks];
const atHearing = [...fieldWork, findingRecorded, drafted, approved, heard];

const given = (...events: InspectionEvent[]) => givenDecider(inspectionDecider).given(...events);
const rule = (events: InspectionEvent[], command: InspectionCommand, name: string) =>
  given(...events)
    .when(command)
    .thenThrows(RuleViolation, name);

describe('inspection decider', () => {
  describe('opening', () => {
    it('opens once per id; a second opening adds nothing', () => {
      given().when(open).then(opened);
      given(opened).when(open).then();
    });

    it('refuses any other command on an inspection never opened', () => {
      given()
        .when({ type: 'StationTeam', id, at, announcedAt: at, channels: ['phone'] })
        .thenThrows(AggregateNotFound);
    });
  });

  describe('stationing and field work', () => {
    it('stations with the field stage due from the round deadlines', () => {
      given(opened)
        .when({ type: 'StationTeam', id, at, announcedAt: at, channels: ['phone'] })
        .then(stationed);
    });

    it('stations within the round’s window only, its first and last day included', () => {
      const inWindow: InspectionOpened = {
        ...opened,
        data: { ...opened.data, window: { from: '2026-03-01', to: '2026-04-30' } },
      };
      const station = (announcedAt: string): InspectionCommand => ({
        type: 'StationTeam',
        id,
        at,
        announcedAt,
        channels: ['phone'],
      });
      for (const day of ['2026-02-28', '2026-05-01', '2036-03-10']) {
        rule([inWindow], station(`${day}T09:00:00+08:00`), 'stationing-outside-round-window');
      }
      for (const day of ['2026-03-01', '2026-04-30']) {
        given(inWindow)
          .when(station(`${day}T09:00:00+08:00`))
          .then({
            type: 'InspectionStationed',
            data: {
              announcedAt: `${day}T09:00:00+08:00`,
              channels: ['phone'],
              fieldStageDueBy: addDays(day, deadlines.fieldStageDays - 1),
            },
          });
      }
    });

    it('stations only once', () => {
      rule(
        [opened, stationed],
        { type: 'StationTeam', id, at, announcedAt: at, channels: ['box'] },
        'inspection-already-stationed',
      );
    });

    it('records each unit’s briefing once, with what it told, on the day told, marked late after stationing (巡前通报)', () => {
      const brief = (unit: 'audit-office' | 'petition-office', briefedAt?: string) =>
        ({
          type: 'RecordBriefing',
          id,
          at,
          unit,
          briefingId: `briefing-${unit}`,
          ...(unit === 'audit-office' && { summary: '2025年审计发现项目资金问题3项' }),
          ...(briefedAt && { briefedAt }),
        }) as const;
      const briefedAt = '2026-03-05T15:00:00+08:00';
      const briefed: InspectionEvent = {
        type: 'BriefingReceived',
        data: {
          unit: 'audit-office',
          briefingId: 'briefing-audit-office',
          summary: '2025年审计发现项目资金问题3项',
          briefedAt,
          beforeStationing: true,
        },
      };
      given(opened).when(brief('audit-office', briefedAt)).then(briefed);
      given(opened, stationed)
        .when(brief('petition-office'))
        .then({
          type: 'BriefingReceived',
          data: {
            unit: 'petition-office',
            briefingId: 'briefing-petition-office',
            briefedAt: at,
            beforeStationing: false,
          },
        });
      rule([opened, briefed], brief('audit-office'), 'briefing-already-recorded');
      rule([opened], brief('audit-office', '2026-03-11T09:00:00+08:00'), 'happened-in-future');
    });

    it('holds meetings from the opening on', () => {
      given(opened)
        .when({
          type: 'HoldMeeting',
          id,
          at,
          kind: 'communication',
          heldOn: '2026-03-09',
          attendees: 12,
        })
        .then({
          type: 'MeetingHeld',
          data: { kind: 'communication', heldOn: '2026-03-09', attendees: 12 },
        });
    });

    it('records talks with the running total', () => {
      given(opened, stationed, talk('leadership', 7, 7))
        .when({ type: 'RecordTalks', id, at, group: 'party-member', count: 10, date: '2026-03-12' })
        .then(talk('party-member', 10, 17));
    });

    it('refuses field work before stationing', () => {
      rule(
        [opened],
        { type: 'RecordTalks', id, at, group: 'staff', count: 1, date: '2026-03-12' },
        'inspection-not-stationed',
      );
      rule(
        [opened],
        { type: 'RecordQuestionnaires', id, at, respondents: 10, date: '2026-03-12' },
        'inspection-not-stationed',
      );
      rule(
        [opened],
        { type: 'RecordFinding', id, at, catalog, ...finding },
        'inspection-not-stationed',
      );
    });

    it('records questionnaires, evaluations, document reviews and visits', () => {
      given(opened, stationed)
        .when({ type: 'RecordQuestionnaires', id, at, respondents: 43, date: '2026-03-13' })
        .then({ type: 'QuestionnairesRecorded', data: { respondents: 43, date: '2026-03-13' } });
      given(opened, stationed)
        .when({ type: 'RecordEvaluation', id, at, respondents: 43, date: '2026-03-13' })
        .then({ type: 'EvaluationRecorded', data: { respondents: 43, date: '2026-03-13' } });
      given(opened, stationed)
        .when({
          type: 'ReviewDocuments',
          id,
          at,
          subject: '党组会议记录',
          volumes: 12,
          date: '2026-03-14',
        })
        .then({
          type: 'DocumentsReviewed',
          data: { subject: '党组会议记录', volumes: 12, date: '2026-03-14' },
        });
      given(opened, stationed)
        .when({ type: 'RecordVisit', id, at, place: '项目工地', date: '2026-03-15' })
        .then({ type: 'VisitMade', data: { place: '项目工地', date: '2026-03-15' } });
    });
  });

  describe('petitions', () => {
    const received: InspectionEvent = {
      type: 'PetitionReceived',
      data: { petitionId: 'p-1', channel: 'phone', summary: '反映工程款拖欠', receivedAt: at },
    };
    it('receives and triages, forwarding with the authority named', () => {
      given(opened, stationed)
        .when({
          type: 'ReceivePetition',
          id,
          at,
          petitionId: 'p-1',
          channel: 'phone',
          summary: '反映工程款拖欠',
        })
        .then(received);
      given(opened, stationed, received)
        .when({
          type: 'TriagePetition',
          id,
          at,
          petitionId: 'p-1',
          inScope: false,
          forwardedTo: '区信访局',
        })
        .then({
          type: 'PetitionTriaged',
          data: { petitionId: 'p-1', inScope: false, forwardedTo: '区信访局' },
        });
    });

    it('refuses unknown, twice-triaged, unaddressed and in-scope-forwarded petitions', () => {
      const triage = { type: 'TriagePetition' as const, id, at, petitionId: 'p-1', inScope: true };
      rule([opened, stationed], triage, 'unknown-petition');
      rule(
        [
          opened,
          stationed,
          received,
          { type: 'PetitionTriaged', data: { petitionId: 'p-1', inScope: true } },
        ],
        triage,
        'petition-already-triaged',
      );
      rule(
        [opened, stationed, received],
        { ...triage, inScope: false },
        'forwarding-authority-missing',
      );
      rule(
        [opened, stationed, received],
        { ...triage, forwardedTo: '区信访局' },
        'forwarding-in-scope',
      );
    });
  });

  describe('erasing a petition’s personal data (信访件个人信息删除)', () => {
    const received: InspectionEvent = {
      type: 'PetitionReceived',
      data: { petitionId: 'p-1', channel: 'phone', summary: '反映某某收受礼金', receivedAt: at },
    };
    const erase = {
      type: 'ErasePetitionPersonalData' as const,
      id,
      at,
      petitionId: 'p-1',
      reason: '当事人申请删除',
    };
    const erased: InspectionEvent = {
      type: 'PetitionPersonalDataErased',
      data: { petitionId: 'p-1', reason: '当事人申请删除', erasedAt: at },
    };

    it('records the erasure once, after closing too', () => {
      given(opened, stationed, received).when(erase).then(erased);
      const closed: InspectionEvent = {
        type: 'InspectionClosed',
        data: {
          roundId: 'round-1',
          termPlanId: 'plan-1',
          targetId: 'target-1',
          inspectedTargetIds: ['target-1'],
          closedAt: at,
        },
      };
      given(opened, stationed, received, closed).when(erase).then(erased);
      given(opened, stationed, received, erased).when(erase).then();
    });

    it('refuses a petition the inspection never received', () => {
      rule([opened, stationed], erase, 'unknown-petition');
    });
  });

  describe('findings', () => {
    it('records a finding with the catalog version of the inspection', () => {
      given(...fieldWork)
        .when({ type: 'RecordFinding', id, at, catalog, ...finding })
        .then(findingRecorded);
    });

    it('marks a key problem and a public concern (重点问题、急难愁盼); an amendment without the marks drops them', () => {
      const marked = { ...finding, keyProblem: true, publicConcern: true };
      given(...fieldWork)
        .when({ type: 'RecordFinding', id, at, catalog, ...marked })
        .then({
          ...findingRecorded,
          data: { ...findingRecorded.data, keyProblem: true, publicConcern: true },
        });
      const recorded: InspectionEvent = {
        ...findingRecorded,
        data: { ...findingRecorded.data, keyProblem: true, publicConcern: true },
      };
      given(...fieldWork, recorded)
        .when({ type: 'AmendFinding', id, at, catalog, ...finding, reason: '复核不属重点' })
        .then({
          type: 'FindingAmended',
          data: { ...findingRecorded.data, reason: '复核不属重点' },
        });
    });

    it('refuses an item the catalog does not hold', () => {
      rule(
        fieldWork,
        { type: 'RecordFinding', id, at, catalog, ...finding, focusItem: 'LWRYJQ-1-01' },
        'unknown-focus-item',
      );
    });

    it('classifies under a top-leader manifestation (问题表现) too', () => {
      given(...fieldWork)
        .when({ type: 'RecordFinding', id, at, catalog, ...finding, focusItem: 'P1-01-1' })
        .then({ ...findingRecorded, data: { ...findingRecorded.data, focusItem: 'P1-01-1' } });
    });

    it('classifies against the catalog of its round: 六围绕一加强 for an earlier round', () => {
      const sixSurrounds: FocusCatalog = {
        ...catalog,
        version: 'six-surrounds-one-strengthen-v1',
        focuses: [
          {
            code: 'LWRYJQ-1',
            label: '围绕一',
            items: [{ code: 'LWRYJQ-1-01', label: '围绕一·第01项' }],
          },
        ],
      };
      const earlier: InspectionEvent = {
        type: 'InspectionOpened',
        data: { ...opened.data, catalogVersion: sixSurrounds.version },
      };
      const [recorded] = given(earlier, ...fieldWork.slice(1))
        .when({
          type: 'RecordFinding',
          id,
          at,
          catalog: sixSurrounds,
          ...finding,
          focusItem: 'LWRYJQ-1-01',
        })
        .then({
          type: 'FindingRecorded',
          data: {
            ...scope,
            ...finding,
            focusItem: 'LWRYJQ-1-01',
            catalogVersion: sixSurrounds.version,
            foundAt: at,
          },
        });
      expect(recorded.type).toBe('FindingRecorded');
      rule(
        [earlier, ...fieldWork.slice(1)],
        { type: 'RecordFinding', id, at, catalog: sixSurrounds, ...finding },
        'unknown-focus-item',
      );
    });

    it('refuses to classify against a catalog the service never received', () => {
      rule(fieldWork, { type: 'RecordFinding', id, at, ...finding }, 'catalog-version-unavailable');
      rule(
        fieldWork,
        { type: 'RecordLeaderPortrait', id, at, entries: [] },
        'catalog-version-unavailable',
      );
      expect(() =>
        inspectionDecider.decide(
          {
            type: 'RecordFinding',
            id,
            at,
            catalog: { ...catalog, version: 'other-v1' },
            ...finding,
          },
          fieldWork.reduce(inspectionDecider.evolve, inspectionDecider.initialState()),
        ),
      ).toThrow(/catalog other-v1 given/);
    });

    it('refuses a village the inspection does not cover', () => {
      rule(
        fieldWork,
        { type: 'RecordFinding', id, at, catalog, ...finding, villageId: 'village-9' },
        'unknown-village',
      );
    });

    it('names its village whole, so that the village counts it (巡镇带村)', () => {
      const township = [openedWithVillage, ...fieldWork.slice(1)];
      const townshipScope = { ...scope, tier: 'county' as const };
      given(...township)
        .when({ type: 'RecordFinding', id, at, catalog, ...finding, villageId: 'village-1' })
        .then({
          type: 'FindingRecorded',
          data: {
            ...townshipScope,
            ...finding,
            catalogVersion: CATALOG_VERSION,
            villageId: 'village-1',
            village,
            foundAt: at,
          },
        });
    });

    it('refuses new findings and immediate items after feedback, and corrects by amendment', () => {
      const afterFeedback = [...atHearing, feedbackOf(atHearing)];
      rule(
        afterFeedback,
        { type: 'RecordFinding', id, at, catalog, ...finding, findingId: 'finding-2' },
        'inspection-feedback-delivered',
      );
      rule(
        afterFeedback,
        { type: 'AssignImmediateItem', id, at, itemId: 'item-1', title: '清退' },
        'inspection-feedback-delivered',
      );
      given(...afterFeedback)
        .when({
          type: 'AmendFinding',
          id,
          at,
          catalog,
          ...finding,
          amount: 131400.5,
          reason: '核实金额',
        })
        .then({
          type: 'FindingAmended',
          data: {
            ...scope,
            ...finding,
            amount: 131400.5,
            catalogVersion: CATALOG_VERSION,
            foundAt: at,
            reason: '核实金额',
          },
        });
    });

    it('amends only findings it holds, against the catalog', () => {
      rule(
        fieldWork,
        { type: 'AmendFinding', id, at, catalog, ...finding, reason: 'x' },
        'unknown-finding',
      );
      rule(
        [...fieldWork, findingRecorded],
        { type: 'AmendFinding', id, at, catalog, ...finding, focusItem: 'X-1', reason: 'x' },
        'unknown-focus-item',
      );
    });
  });

  describe('immediate items', () => {
    it('assigns an item, from a finding it holds', () => {
      given(...fieldWork, findingRecorded)
        .when({
          type: 'AssignImmediateItem',
          id,
          at,
          itemId: 'item-1',
          title: '清退会议费',
          findingId: 'finding-1',
          dueBy: '2026-04-10',
        })
        .then({
          type: 'ImmediateItemAssigned',
          data: {
            itemId: 'item-1',
            targetId: 'target-1',
            title: '清退会议费',
            findingId: 'finding-1',
            dueBy: '2026-04-10',
            assignedAt: at,
          },
        });
      rule(
        fieldWork,
        { type: 'AssignImmediateItem', id, at, itemId: 'item-1', title: 'x', findingId: 'nope' },
        'unknown-finding',
      );
    });
  });

  describe('clues', () => {
    const recorded = (urgent: boolean): InspectionEvent => ({
      type: 'ClueRecorded',
      data: { ...scope, ...clue, urgent, identifiedAt: at },
    });
    const released = (urgent: boolean): InspectionEvent => ({
      type: 'ClueReleased',
      data: {
        ...scope,
        ...clue,
        urgent,
        identifiedAt: at,
        inspectionId: id,
        teamId: 'team-1',
        teamLeaderId: 'leader-1',
        targetName: '商洛市财政局',
      },
    });

    it('releases an urgent clue at once (边巡边移)', () => {
      given(...fieldWork)
        .when({ type: 'RecordClue', id, at, ...clue, urgent: true })
        .then(recorded(true), released(true));
    });

    it('holds a non-urgent clue until the report is approved', () => {
      given(...fieldWork)
        .when({ type: 'RecordClue', id, at, ...clue, urgent: false })
        .then(recorded(false));
      given(...fieldWork, recorded(false), drafted)
        .when({ type: 'ApproveReport', id, at })
        .then(
          { ...approved, data: { ...approved.data, findingCount: 0, clueCount: 1 } },
          released(false),
        );
    });

    it('releases at once a clue recorded after approval, and never twice', () => {
      given(...fieldWork, findingRecorded, drafted, approved)
        .when({ type: 'RecordClue', id, at, ...clue, urgent: false })
        .then(recorded(false), released(false));
    });

    it('refuses a clue from a finding it does not hold', () => {
      rule(
        fieldWork,
        { type: 'RecordClue', id, at, ...clue, urgent: false, findingId: 'nope' },
        'unknown-finding',
      );
    });

    describe('in a township-with-villages inspection (巡镇带村)', () => {
      const township = [openedWithVillage, ...fieldWork.slice(1)];
      const townshipScope = { ...scope, tier: 'county' as const };
      const villageFinding: InspectionEvent = {
        type: 'FindingRecorded',
        data: {
          ...townshipScope,
          ...finding,
          catalogVersion: CATALOG_VERSION,
          villageId: 'village-1',
          village,
        },
      };
      const townshipFinding: InspectionEvent = {
        type: 'FindingRecorded',
        data: {
          ...townshipScope,
          ...finding,
          findingId: 'finding-2',
          catalogVersion: CATALOG_VERSION,
        },
      };
      const recordedIn = (extra: object): InspectionEvent => ({
        type: 'ClueRecorded',
        data: { ...townshipScope, ...clue, urgent: false, identifiedAt: at, ...extra },
      });

      it('records a clue about a village the inspection covers', () => {
        given(...township)
          .when({ type: 'RecordClue', id, at, ...clue, urgent: false, villageId: 'village-1' })
          .then(recordedIn({ villageId: 'village-1', village }));
      });

      it("takes the village of the clue's finding", () => {
        given(...township, villageFinding)
          .when({ type: 'RecordClue', id, at, ...clue, urgent: false, findingId: 'finding-1' })
          .then(recordedIn({ findingId: 'finding-1', villageId: 'village-1', village }));
      });

      it('keeps a clue of the township itself on the township', () => {
        given(...township, townshipFinding)
          .when({ type: 'RecordClue', id, at, ...clue, urgent: false, findingId: 'finding-2' })
          .then(recordedIn({ findingId: 'finding-2' }));
      });

      it('unknown-village: a village the inspection does not cover', () => {
        rule(
          township,
          { type: 'RecordClue', id, at, ...clue, urgent: false, villageId: 'village-9' },
          'unknown-village',
        );
      });

      it("village-not-finding-village: a village other than its finding's", () => {
        const command = { type: 'RecordClue' as const, id, at, ...clue, urgent: false };
        rule(
          [...township, townshipFinding],
          { ...command, findingId: 'finding-2', villageId: 'village-1' },
          'village-not-finding-village',
        );
      });
    });

    describe('from a petition (信访线索)', () => {
      const petition: InspectionEvent = {
        type: 'PetitionReceived',
        data: {
          petitionId: 'p-1',
          channel: 'mailbox',
          summary: '反映违规收受礼金',
          receivedAt: at,
        },
      };
      const fromPetition = { type: 'RecordClue' as const, id, at, ...clue, urgent: true };

      it('carries the petition it comes from to the clue service', () => {
        given(...fieldWork, petition)
          .when({ ...fromPetition, petitionId: 'p-1' })
          .then(
            {
              type: 'ClueRecorded',
              data: { ...scope, ...clue, urgent: true, identifiedAt: at, petitionId: 'p-1' },
            },
            {
              type: 'ClueReleased',
              data: {
                ...scope,
                ...clue,
                urgent: true,
                identifiedAt: at,
                petitionId: 'p-1',
                inspectionId: id,
                teamId: 'team-1',
                teamLeaderId: 'leader-1',
                targetName: '商洛市财政局',
              },
            },
          );
      });

      it('refuses a petition this inspection never received, or one it forwarded', () => {
        rule(fieldWork, { ...fromPetition, petitionId: 'p-1' }, 'unknown-petition');
        // A name from a path is looked up among the inspection's own petitions only.
        rule(
          [...fieldWork, petition],
          { ...fromPetition, petitionId: 'toString' },
          'unknown-petition',
        );
        rule(
          [
            ...fieldWork,
            petition,
            {
              type: 'PetitionTriaged',
              data: { petitionId: 'p-1', inScope: false, forwardedTo: '区信访局' },
            },
          ],
          { ...fromPetition, petitionId: 'p-1' },
          'petition-forwarded',
        );
      });
    });
  });

  describe('top-leader portrait', () => {
    it('records ratings over the catalog dimensions', () => {
      const entries = [
        { dimension: 'political-quality', rating: 'good' as const, assessment: '政治站位较高' },
      ];
      given(...fieldWork)
        .when({ type: 'RecordLeaderPortrait', id, at, catalog, entries })
        .then({ type: 'LeaderPortraitRecorded', data: { entries, recordedAt: at } });
    });

    it('refuses unknown and repeated dimensions', () => {
      const entry = { dimension: 'political-quality', rating: 'good' as const, assessment: 'x' };
      rule(
        fieldWork,
        {
          type: 'RecordLeaderPortrait',
          id,
          at,
          catalog,
          entries: [{ ...entry, dimension: 'charisma' }],
        },
        'unknown-portrait-dimension',
      );
      rule(
        fieldWork,
        { type: 'RecordLeaderPortrait', id, at, catalog, entries: [entry, entry] },
        'duplicate-portrait-dimension',
      );
    });
  });

  describe('report', () => {
    const draft: InspectionCommand = { type: 'DraftReport', id, at, summary: '初稿' };

    it('is drafted once talks cover the headcount and the five groups', () => {
      given(...fieldWork)
        .when(draft)
        .then(drafted);
    });

    it('talk-coverage-not-met: at least 70% from a headcount of 30', () => {
      rule(
        [opened, stationed, ...coveredTalks.slice(0, 4), talk('generational', 2, 27)],
        draft,
        'talk-coverage-not-met',
      );
    });

    it('talk-coverage-not-met: everyone under 30', () => {
      const small: InspectionOpened = {
        ...opened,
        data: { ...opened.data, target: { ...target, headcount: 29 } },
      };
      rule([small, stationed, ...coveredTalks], { ...draft }, 'talk-coverage-not-met');
      given(small, stationed, ...coveredTalks, talk('staff', 1, 29))
        .when(draft)
        .then(drafted);
    });

    it('must-talk-groups-missing even when the headcount is covered', () => {
      rule([opened, stationed, talk('staff', 40, 40)], draft, 'must-talk-groups-missing');
    });

    it('takes 30 staff as under the full-coverage line (30人以下 includes 30)', () => {
      const thirty: InspectionOpened = {
        ...opened,
        data: { ...opened.data, target: { ...target, headcount: 30 } },
      };
      rule(
        [thirty, stationed, ...coveredTalks.slice(0, 4), talk('generational', 4, 29)],
        draft,
        'talk-coverage-not-met',
      );
      given(thirty, stationed, ...coveredTalks, talk('staff', 2, 30))
        .when(draft)
        .then(drafted);
    });

    describe('a must-talk group the target does not have', () => {
      const noMinority = [
        opened,
        stationed,
        talk('leadership', 7, 7),
        talk('party-member', 10, 17),
        talk('middle-manager', 6, 23),
        talk('generational', 3, 26),
        talk('staff', 2, 28),
      ];
      const mark = (group: TalkGroup, reason: string): InspectionCommand => ({
        type: 'MarkTalkGroupNotApplicable',
        id,
        at,
        group,
        reason,
      });
      const marked: InspectionEvent = {
        type: 'TalkGroupMarkedNotApplicable',
        data: { group: 'minority', reason: '本单位无少数民族职工', markedAt: at },
      };

      it('is marked not applicable with a reason, and the report gate accepts it', () => {
        rule(noMinority, draft, 'must-talk-groups-missing');
        given(...noMinority)
          .when(mark('minority', ' 本单位无少数民族职工 '))
          .then(marked);
        given(...noMinority, marked)
          .when(draft)
          .then(drafted);
        given(...noMinority, marked)
          .when(mark('minority', '本单位无少数民族职工'))
          .then();
      });

      it('not-applicable-reason-required: not without a reason', () => {
        rule(noMinority, mark('minority', '   '), 'not-applicable-reason-required');
      });

      it('talk-group-not-required and talk-group-has-talks', () => {
        rule(noMinority, mark('staff', '无'), 'talk-group-not-required');
        rule(noMinority, mark('leadership', '无'), 'talk-group-has-talks');
      });

      it('is no longer not applicable once talks with it are recorded', () => {
        const later = [...noMinority, marked, talk('minority', 1, 29)];
        const state = later.reduce(inspectionDecider.evolve, inspectionDecider.initialState());
        expect(state.talksNotApplicable).toEqual({});
      });
    });

    describe('全体党员: every party member where their number is known', () => {
      const withMembers: InspectionOpened = {
        ...opened,
        data: { ...opened.data, target: { ...target, partyMemberCount: 12 } },
      };

      it('party-member-talks-short: 10 party-member talks for 12 party members', () => {
        rule([withMembers, stationed, ...coveredTalks], draft, 'party-member-talks-short');
        given(withMembers, stationed, ...coveredTalks, talk('party-member', 2, 30))
          .when(draft)
          .then(drafted);
      });

      it('holds only where the rules ask for it', () => {
        const rules = { ...DEFAULT_TALK_RULES.city, allPartyMembers: false };
        const relaxed: InspectionOpened = {
          ...withMembers,
          data: { ...withMembers.data, talkRules: rules },
        };
        given(relaxed, stationed, ...coveredTalks)
          .when(draft)
          .then(drafted);
      });
    });

    it('a village is held to its own groups (胶州: 社区干部、普通党员、普通居民必谈)', () => {
      const villageTarget: InspectionOpened = {
        ...opened,
        data: {
          ...opened.data,
          target: { ...target, category: 'village', tier: 'village', headcount: 12 },
        },
      };
      rule(
        [villageTarget, stationed, talk('leadership', 12, 12)],
        draft,
        'must-talk-groups-missing',
      );
      given(
        villageTarget,
        stationed,
        talk('village-cadre', 5, 5),
        talk('party-member', 4, 9),
        talk('resident', 3, 12),
      )
        .when(draft)
        .then(drafted);
    });

    it('is revised, approved, consulted and heard in that order', () => {
      given(...fieldWork, drafted)
        .when({ type: 'ReviseReport', id, at, summary: '修改稿' })
        .then({ type: 'ReportRevised', data: { summary: '修改稿', revisedAt: at } });
      given(...atHearing.slice(0, -1))
        .when({ type: 'ConsultOnReport', id, at, note: '组办会商' })
        .then({ type: 'ReportConsulted', data: { consultedAt: at, note: '组办会商' } });
      given(...atHearing.slice(0, -1))
        .when({
          type: 'HearReport',
          id,
          at: later,
          heardAt: heard.data.heardAt,
          directives: [directive],
        })
        .then(heard);
    });

    it('directive-due-before-hearing: a directive due before the meeting gave it', () => {
      rule(
        atHearing.slice(0, -1),
        {
          type: 'HearReport',
          id,
          at: later,
          heardAt: heard.data.heardAt,
          directives: [{ ...directive, dueBy: '2026-05-19' }],
        },
        'directive-due-before-hearing',
      );
    });

    it('report-not-drafted before revising or approving', () => {
      rule(fieldWork, { type: 'ReviseReport', id, at, summary: 'x' }, 'report-not-drafted');
      rule(fieldWork, { type: 'ApproveReport', id, at }, 'report-not-drafted');
    });

    it('report-not-approved: no hearing or consultation before approval', () => {
      rule(
        [...fieldWork, drafted],
        { type: 'HearReport', id, at, heardAt: at, directives: [] },
        'report-not-approved',
      );
      rule(
        [...fieldWork, drafted],
        { type: 'ConsultOnReport', id, at, note: 'x' },
        'report-not-approved',
      );
    });

    it('report-already-approved and report-already-heard', () => {
      rule([...fieldWork, drafted, approved], draft, 'report-already-approved');
      rule(
        [...fieldWork, drafted, approved],
        { type: 'ApproveReport', id, at },
        'report-already-approved',
      );
      rule(
        atHearing,
        { type: 'HearReport', id, at, heardAt: at, directives: [] },
        'report-already-heard',
      );
    });
  });

  describe('feedback', () => {
    it('report-not-heard: no feedback before the hearing', () => {
      rule([...fieldWork, drafted, approved], deliver, 'report-not-heard');
    });

    it('delivers the problem list with the rectification due dates', () => {
      given(...atHearing)
        .when(deliver)
        .then({
          type: 'FeedbackDelivered',
          data: {
            ...scope,
            inspectionId: id,
            termPlanId: 'plan-1',
            targetName: '商洛市财政局',
            deliveredAt: '2026-06-16T10:00:00+08:00',
            copiedTo: ['分管副市长'],
            lists: [
              {
                feedbackId: 'fb-target',
                findings: [{ ...finding, catalogVersion: CATALOG_VERSION, foundAt: at }],
                immediateItems: [],
              },
            ],
            planDueBy: '2026-07-07',
            reportDueBy: '2026-08-16',
          },
        });
    });

    it('counts the due dates from the China day of delivery, whatever offset it is written in', () => {
      // 01:00 on Tuesday 16 June in China, written in UTC: the 16th, not Monday the 15th.
      const [event] = inspectionDecider.decide(
        { ...deliver, deliveredAt: '2026-06-15T17:00:00Z' } as InspectionCommand,
        atHearing.reduce(inspectionDecider.evolve, inspectionDecider.initialState()),
      );
      expect(event.data).toMatchObject({ planDueBy: '2026-07-07', reportDueBy: '2026-08-16' });
    });

    it('delivers once', () => {
      rule([...atHearing, feedbackOf(atHearing)], deliver, 'feedback-already-delivered');
    });

    it('village-feedback-missing: a village-tier inspection gives every village its list', () => {
      const villageHearing = [openedWithVillage, ...atHearing.slice(1)];
      rule(villageHearing, deliver, 'village-feedback-missing');
      const [event] = inspectionDecider.decide(
        { ...deliver, villageIds: ['village-1'] } as InspectionCommand,
        villageHearing.reduce(inspectionDecider.evolve, inspectionDecider.initialState()),
      );
      expect(
        event.type === 'FeedbackDelivered' && event.data.lists.map((l) => l.village?.villageId),
      ).toEqual([undefined, 'village-1']);
    });

    it('unknown-village: a list for a village the inspection does not cover', () => {
      rule(
        atHearing,
        { ...deliver, villageIds: ['village-1'] } as InspectionCommand,
        'unknown-village',
      );
    });

    it('closes after feedback only, with the targets fed back; nothing after closing', () => {
      const close: InspectionCommand = { type: 'CloseInspection', id, at: later };
      rule(atHearing, close, 'feedback-not-delivered');
      const closed: InspectionEvent = {
        type: 'InspectionClosed',
        data: {
          roundId: 'round-1',
          termPlanId: 'plan-1',
          targetId: 'target-1',
          inspectedTargetIds: ['target-1'],
          closedAt: later,
        },
      };
      given(...atHearing, feedbackOf(atHearing))
        .when(close)
        .then(closed);
      rule([...atHearing, feedbackOf(atHearing), closed], close, 'inspection-closed');
    });
  });
});

function feedbackOf(history: InspectionEvent[]): InspectionEvent {
  const state = history.reduce(inspectionDecider.evolve, inspectionDecider.initialState());
  return inspectionDecider.decide(deliver, state)[0];
}

describe('when each step happened (发生时间), beside when it was recorded', () => {
  // Stationed on 2026-03-10 09:00 (`at`); everything below is recorded on `later`.
  const day = (d: string) => `${d}T10:00:00+08:00`;
  const record = { type: 'RecordFinding' as const, id, at: later, catalog, ...finding };
  const decideAfter = (events: InspectionEvent[], command: InspectionCommand) =>
    inspectionDecider.decide(
      command,
      events.reduce(inspectionDecider.evolve, inspectionDecider.initialState()),
    );

  it('dates a finding and its immediate item as told; an amendment keeps the date', () => {
    const [found] = decideAfter(fieldWork, { ...record, foundAt: day('2026-03-12') });
    expect(found.data).toMatchObject({ foundAt: day('2026-03-12') });
    const [amended] = decideAfter([...fieldWork, found], {
      ...record,
      type: 'AmendFinding',
      reason: '核实',
    });
    expect(amended.data).toMatchObject({ foundAt: day('2026-03-12') });
    const [item] = decideAfter([...fieldWork, found], {
      type: 'AssignImmediateItem',
      id,
      at: later,
      itemId: 'item-1',
      title: '清退',
      findingId: 'finding-1',
      assignedAt: day('2026-03-13'),
    });
    expect(item.data).toMatchObject({ assignedAt: day('2026-03-13') });
  });

  it('happened-before-previous-step: a finding before the stationing, an item before its finding', () => {
    rule(fieldWork, { ...record, foundAt: day('2026-03-09') }, 'happened-before-previous-step');
    const [found] = decideAfter(fieldWork, { ...record, foundAt: day('2026-03-12') });
    rule(
      [...fieldWork, found],
      {
        type: 'AssignImmediateItem',
        id,
        at: later,
        itemId: 'item-1',
        title: '清退',
        findingId: 'finding-1',
        assignedAt: day('2026-03-11'),
      },
      'happened-before-previous-step',
    );
  });

  it('happened-in-future: a finding dated after the day it is recorded', () => {
    rule(fieldWork, { ...record, foundAt: day('2026-06-21') }, 'happened-in-future');
  });

  it('dates the report’s steps, each after the one before (422 otherwise)', () => {
    const steps: InspectionCommand[] = [
      { type: 'DraftReport', id, at: later, summary: '初稿', draftedAt: day('2026-04-20') },
      { type: 'ApproveReport', id, at: later, approvedAt: day('2026-04-25') },
      { type: 'HearReport', id, at: later, heardAt: day('2026-05-20'), directives: [] },
      { ...deliver, deliveredAt: day('2026-06-16') } as InspectionCommand,
      { type: 'CloseInspection', id, at: later, closedAt: day('2026-06-18') },
    ];
    let events: InspectionEvent[] = [...fieldWork];
    for (const step of steps) events = [...events, ...decideAfter(events, step)];
    const dated = (type: string, field: string) =>
      (events.find((e) => e.type === type)!.data as Record<string, unknown>)[field];
    expect([
      dated('ReportDrafted', 'draftedAt'),
      dated('ReportApproved', 'approvedAt'),
      dated('ReportHeard', 'heardAt'),
      dated('FeedbackDelivered', 'deliveredAt'),
      dated('InspectionClosed', 'closedAt'),
    ]).toEqual([
      day('2026-04-20'),
      day('2026-04-25'),
      day('2026-05-20'),
      day('2026-06-16'),
      day('2026-06-18'),
    ]);
    // Each step dated before the one it follows.
    const upTo = (n: number) => {
      let given: InspectionEvent[] = [...fieldWork];
      for (const step of steps.slice(0, n)) given = [...given, ...decideAfter(given, step)];
      return given;
    };
    const early: Array<[number, InspectionCommand, string]> = [
      [0, { ...steps[0], draftedAt: day('2026-03-01') } as InspectionCommand, 'stationing'],
      [1, { ...steps[1], approvedAt: day('2026-04-19') } as InspectionCommand, 'report draft'],
      [2, { ...steps[2], heardAt: day('2026-04-24') } as InspectionCommand, 'report approval'],
      [3, { ...steps[3], deliveredAt: day('2026-05-19') } as InspectionCommand, 'hearing'],
      [4, { ...steps[4], closedAt: day('2026-06-15') } as InspectionCommand, 'feedback'],
    ];
    for (const [n, command, previous] of early) {
      expect(() => decideAfter(upTo(n), command)).toThrow(
        expect.objectContaining({
          rule: 'happened-before-previous-step',
          context: expect.objectContaining({ previous }),
        }),
      );
    }
  });
});

describe('the copy of a catalog version (监督重点清单副本)', () => {
  const keep = { type: 'KeepFocusCatalog' as const, id: CATALOG_VERSION, at, catalog };
  it('keeps the version a launched round brought, once', () => {
    const copy = givenDecider(focusCatalogCopyDecider);
    const received = copy
      .given()
      .when(keep)
      .then({ type: 'FocusCatalogReceived', data: { catalog, receivedAt: at } });
    copy
      .given(...received)
      .when(keep)
      .then();
  });
});

describe('the directives ledger (书记点人点事台账)', () => {
  const directiveId = directive.directiveId;
  const followUp = (note: string, followedUpAt?: string): InspectionCommand => ({
    type: 'FollowUpDirective',
    id,
    at: later,
    directiveId,
    note,
    ...(followedUpAt && { followedUpAt }),
  });
  const followedUp: InspectionEvent = {
    type: 'DirectiveFollowedUp',
    data: { directiveId, note: '已部署专项清理', followedUpAt: '2026-06-01T10:00:00+08:00' },
  };
  const close: InspectionCommand = {
    type: 'CloseDirective',
    id,
    at: later,
    directiveId,
    result: '清退12.6万元',
  };
  const closed: InspectionEvent = {
    type: 'DirectiveClosed',
    data: { directiveId, result: '清退12.6万元', closedAt: later },
  };

  it('follows a directive up and closes it, also after the inspection closed', () => {
    given(...atHearing)
      .when(followUp('已部署专项清理', '2026-06-01T10:00:00+08:00'))
      .then(followedUp);
    const inspectionClosed: InspectionEvent = {
      type: 'InspectionClosed',
      data: {
        roundId: 'round-1',
        termPlanId: 'plan-1',
        targetId: 'target-1',
        inspectedTargetIds: ['target-1'],
        closedAt: '2026-06-10T10:00:00+08:00',
      },
    };
    given(...atHearing, followedUp, inspectionClosed)
      .when(close)
      .then(closed);
  });

  it('unknown-directive and directive-closed', () => {
    rule(
      atHearing,
      { ...close, directiveId: 'directive-9' } as InspectionCommand,
      'unknown-directive',
    );
    rule([...atHearing, closed], followUp('再次部署'), 'directive-closed');
    rule([...atHearing, closed], close, 'directive-closed');
  });

  it('happened-before-previous-step: a follow-up before the hearing or the last follow-up', () => {
    rule(atHearing, followUp('x', '2026-05-19T10:00:00+08:00'), 'happened-before-previous-step');
    rule(
      [...atHearing, followedUp],
      followUp('x', '2026-05-25T10:00:00+08:00'),
      'happened-before-previous-step',
    );
  });

  it('is overdue once after its due day (China day), never when closed or not yet due', () => {
    const check = (at: string): InspectionCommand => ({
      type: 'MarkDirectiveOverdue',
      id,
      at,
      directiveId,
    });
    const overdue: InspectionEvent = {
      type: 'DirectiveOverdue',
      data: { directiveId, dueBy: '2026-06-30', detectedAt: '2026-06-30T16:30:00Z' },
    };
    // 2026-06-30T16:30Z is 07-01 00:30 in China: the due day has passed.
    given(...atHearing)
      .when(check('2026-06-30T16:30:00Z'))
      .then(overdue);
    given(...atHearing, overdue)
      .when(check('2026-07-02T00:00:00Z'))
      .then();
    given(...atHearing, closed)
      .when(check('2026-07-02T00:00:00Z'))
      .then();
    rule(atHearing, check('2026-06-30T15:00:00Z'), 'directive-not-due');
  });
});

describe('the inspection’s own deadlines (现场巡察、向书记专题会报告)', () => {
  const check = (step: 'field-stage' | 'hearing', checkedAt: string): InspectionCommand => ({
    type: 'MarkStepOverdue',
    id,
    at: checkedAt,
    step,
  });
  const overdue = (step: 'field-stage' | 'hearing', dueBy: string, detectedAt: string) => ({
    type: 'InspectionStepOverdue' as const,
    data: { step, dueBy, detectedAt },
  });

  it('raises the field stage once after its last day (2026-04-18) without a report draft', () => {
    // 2026-04-18T16:30Z is 04-19 00:30 in China: the field stage is over.
    const late = overdue('field-stage', '2026-04-18', '2026-04-18T16:30:00Z');
    given(...fieldWork)
      .when(check('field-stage', '2026-04-18T16:30:00Z'))
      .then(late);
    given(...fieldWork, late)
      .when(check('field-stage', '2026-04-20T00:00:00Z'))
      .then();
    given(...fieldWork, drafted)
      .when(check('field-stage', '2026-04-20T00:00:00Z'))
      .then();
    rule(fieldWork, check('field-stage', '2026-04-18T15:00:00Z'), 'deadline-not-passed');
  });

  it('raises the hearing once, reportToSecretaryDays (30) after the field stage, until heard', () => {
    const late = overdue('hearing', '2026-05-18', '2026-05-19T01:00:00Z');
    const reported = [...fieldWork, findingRecorded, drafted, approved];
    given(...reported)
      .when(check('hearing', '2026-05-19T01:00:00Z'))
      .then(late);
    given(...atHearing)
      .when(check('hearing', '2026-05-19T01:00:00Z'))
      .then();
    rule(reported, check('hearing', '2026-05-18T01:00:00Z'), 'deadline-not-passed');
  });

  it('inspection-not-stationed: no deadline runs before stationing', () => {
    rule([opened], check('field-stage', '2026-05-19T01:00:00Z'), 'inspection-not-stationed');
  });
});

describe('the use of the results (成果运用)', () => {
  const use: InspectionCommand = {
    type: 'RecordResultUse',
    id,
    at: later,
    useId: 'use-1',
    kind: 'discipline-prompt',
    addressee: '市纪委监委',
    subject: '财务科负责人履职不力',
  };
  const recorded = (sentAt: string): InspectionEvent => ({
    type: 'ResultUseRecorded',
    data: {
      useId: 'use-1',
      kind: 'discipline-prompt',
      addressee: '市纪委监委',
      subject: '财务科负责人履职不力',
      sentAt,
      roundId: opened.data.roundId,
      targetId: opened.data.target.targetId,
      targetName: opened.data.target.targetName,
      jurisdiction: opened.data.target.jurisdiction,
      tier: opened.data.target.tier,
    },
  });

  it('sends a use once the report is heard, once under its id', () => {
    given(...atHearing)
      .when(use)
      .then(recorded(later));
    given(...atHearing, recorded(later))
      .when(use)
      .then();
  });

  it('report-not-heard: not before the hearing; happened-before-previous-step: not dated before it', () => {
    rule([...fieldWork, drafted, approved], use, 'report-not-heard');
    rule(
      atHearing,
      { ...use, sentAt: '2026-05-19T10:00:00+08:00' } as InspectionCommand,
      'happened-before-previous-step',
    );
  });
});
