import type { CatalogVersion } from './focus-catalog';
import {
  DEFAULT_CATALOG_VERSION,
  SHIPPED_CATALOGS,
  catalogCounts,
  catalogInForce,
  classifiableCodes,
  shippedCatalog,
  versionValidity,
} from './focus-catalog';
import { PLANNING_EVENT_SCHEMAS } from '../round/round.schemas';

const version = (id: string, validFrom?: string, validTo?: string): CatalogVersion => ({
  version: id,
  catalogId: id.split('@')[0],
  title: id,
  label: id,
  ...(validFrom && { validFrom }),
  ...(validTo && { validTo }),
  focuses: [{ code: 'F', label: 'F', items: [{ code: 'F-1', label: 'F-1' }] }],
  processes: [],
  portraitDimensions: [],
});

describe('shipped catalog structures', () => {
  it('ship the three focuses as 3 focuses and 80 items, wording marked as placeholder', () => {
    const three = shippedCatalog(DEFAULT_CATALOG_VERSION)!;
    const counts = catalogCounts(three);
    expect(counts).toMatchObject({ focuses: 3, items: 80, portraitDimensions: 10 });
    // Every focus and item is a placeholder; four portrait dimensions are named by the seed.
    expect(counts.placeholders).toBe(3 + 80 + 6);
    expect(
      three.portraitDimensions.filter((d) => !('placeholder' in d)).map((d) => d.label),
    ).toEqual(['政治素养', '组织观念', '领导能力', '履责尽责']);
    expect(new Set(classifiableCodes(three)).size).toBe(80);
  });

  it('ship six surrounds, one strengthen as its seven focuses', () => {
    const six = SHIPPED_CATALOGS.find((c) => c.catalogId === 'six-surrounds-one-strengthen')!;
    expect(six.focuses).toHaveLength(7);
    expect(six.focuses.every((focus) => focus.placeholder && focus.items.length > 0)).toBe(true);
  });
});

describe('which version is in force (现行版本)', () => {
  const city = {
    jurisdiction: '611000',
    versions: [version('city@1', '2016-01-01'), version('city@2', '2020-06-01')],
  };
  const county = { jurisdiction: '611002', versions: [version('county@1', '2021-01-01')] };

  it('ends a version the day before the next one starts', () => {
    expect(versionValidity(city.versions, 0)).toEqual({ from: '2016-01-01', to: '2020-05-31' });
    expect(versionValidity(city.versions, 1)).toEqual({ from: '2020-06-01' });
    expect(
      versionValidity([version('x', '2016-01-01', '2017-01-01'), version('y', '2018-01-01')], 0),
    ).toEqual({
      from: '2016-01-01',
      to: '2017-01-01',
    });
  });

  it('is the nearest jurisdiction’s version valid on the day', () => {
    expect(catalogInForce([county, city], '2022-03-01')?.version).toBe('county@1');
    expect(catalogInForce([county, city], '2020-03-01')?.version).toBe('city@1');
    expect(catalogInForce([county, city], '2020-06-01')?.version).toBe('city@2');
    expect(catalogInForce([city], '2015-12-31')).toBeUndefined();
  });

  it('is the later-starting one of two catalogs of one jurisdiction', () => {
    const other = { jurisdiction: '611000', versions: [version('other@1', '2019-01-01')] };
    expect(catalogInForce([city, other], '2019-06-01')?.version).toBe('other@1');
  });
});

describe('RoundLaunched schema versions', () => {
  it('upcasts a v1 launch to the three focuses every round used then', () => {
    const upcast = PLANNING_EVENT_SCHEMAS.upcast({
      id: 'e',
      type: 'RoundLaunched',
      schemaVersion: 1,
      data: { roundId: 'r' },
    } as never);
    expect(upcast.schemaVersion).toBe(2);
    expect((upcast.data as { catalog: CatalogVersion }).catalog.version).toBe('three-focuses-2022');
  });
});
