import { addDays } from '@xuncha/platform-kernel';
import type { DateWindow } from '../shared/window';
import sixSurroundsOneStrengthen from './six-surrounds-one-strengthen.catalog.json';
import threeFocuses2022 from './three-focuses-2022.catalog.json';

/**
 * One node of a catalog: a focus, item, process, point, manifestation or
 * portrait dimension. `placeholder` marks wording the office has yet to
 * supply: the shipped structures know how many items there are, not what
 * they say.
 */
export interface CatalogEntry {
  readonly code: string;
  readonly label: string;
  readonly placeholder?: boolean;
}

/** A focus (e.g. one of the 三个聚焦) and the items findings are classified under. */
export interface Focus extends CatalogEntry {
  readonly items: readonly CatalogEntry[];
}

/** A supervision point of the top-leader catalog (一把手监督要点) and its manifestations (问题表现). */
export interface LeaderPoint extends CatalogEntry {
  readonly manifestations: readonly CatalogEntry[];
}

/** A work process of the top-leader catalog (一把手巡察监督工作流程) and its points. */
export interface LeaderProcess extends CatalogEntry {
  readonly points: readonly LeaderPoint[];
}

/**
 * What one version of a catalog holds: the focuses and their items, and for
 * a top-leader catalog (一把手) its processes, points, manifestations and the
 * dimensions of the political portrait (政治画像维度).
 */
export interface CatalogTree {
  readonly focuses: readonly Focus[];
  readonly processes: readonly LeaderProcess[];
  readonly portraitDimensions: readonly CatalogEntry[];
}

/** One issued version: what a round classifies against, kept unchanged once issued. */
export interface CatalogVersion extends CatalogTree {
  /** Globally unique, e.g. `three-focuses-2022`: findings name it. */
  readonly version: string;
  readonly catalogId: string;
  /** The catalog's title (清单名称). */
  readonly title: string;
  readonly label: string;
  /** First day the version is in force; absent: in force from the start. */
  readonly validFrom?: string;
  /** Last day, when the office set one; the next version's validFrom ends it too. */
  readonly validTo?: string;
}

/**
 * The structures shipped with the system, offered to every jurisdiction: the
 * "three focuses" (三个聚焦) and "six surrounds, one strengthen" (六围绕一加强).
 * Their wording is a placeholder (`placeholder: true`) wherever the source
 * documents give only the count. They are in force nowhere by date: a round
 * chooses one, or falls back to the three focuses when its jurisdiction has
 * no catalog in force.
 */
export const SHIPPED_CATALOGS: readonly CatalogVersion[] = [
  threeFocuses2022,
  sixSurroundsOneStrengthen,
];

export const DEFAULT_CATALOG_VERSION = threeFocuses2022.version;

export function shippedCatalog(version: string): CatalogVersion | undefined {
  return SHIPPED_CATALOGS.find((catalog) => catalog.version === version);
}

/** Every code a finding may be classified under: the items, and the top-leader manifestations. */
export function classifiableCodes(tree: CatalogTree): string[] {
  return [
    ...tree.focuses.flatMap((focus) => focus.items.map((item) => item.code)),
    ...tree.processes.flatMap((process) =>
      process.points.flatMap((point) => point.manifestations.map((m) => m.code)),
    ),
  ];
}

/** Every code of the tree, in reading order. */
export function allCodes(tree: CatalogTree): string[] {
  return [
    ...tree.focuses.flatMap((focus) => [focus.code, ...focus.items.map((item) => item.code)]),
    ...tree.processes.flatMap((process) => [
      process.code,
      ...process.points.flatMap((point) => [
        point.code,
        ...point.manifestations.map((m) => m.code),
      ]),
    ]),
    ...tree.portraitDimensions.map((dimension) => dimension.code),
  ];
}

/** How many of each node a version holds (Qingdao: 5 processes, 29 points, 92 manifestations…). */
export function catalogCounts(tree: CatalogTree) {
  const points = tree.processes.flatMap((process) => process.points);
  return {
    focuses: tree.focuses.length,
    items: tree.focuses.reduce((sum, focus) => sum + focus.items.length, 0),
    processes: tree.processes.length,
    points: points.length,
    manifestations: points.reduce((sum, point) => sum + point.manifestations.length, 0),
    portraitDimensions: tree.portraitDimensions.length,
    placeholders: countPlaceholders(tree),
  };
}

function countPlaceholders(tree: CatalogTree): number {
  const entries: CatalogEntry[] = [
    ...tree.focuses.flatMap((focus) => [focus, ...focus.items]),
    ...tree.processes.flatMap((process) => [
      process,
      ...process.points.flatMap((point) => [point, ...point.manifestations]),
    ]),
    ...tree.portraitDimensions,
  ];
  return entries.filter((entry) => entry.placeholder).length;
}

/** The days a version is in force: its own dates, ended by the next version's start. */
export function versionValidity(
  versions: ReadonlyArray<Pick<CatalogVersion, 'validFrom' | 'validTo'>>,
  index: number,
): Partial<DateWindow> {
  const own = versions[index];
  const next = versions[index + 1]?.validFrom;
  const endedByNext = next ? addDays(next, -1) : undefined;
  const to =
    own.validTo && endedByNext
      ? own.validTo < endedByNext
        ? own.validTo
        : endedByNext
      : (own.validTo ?? endedByNext);
  return { ...(own.validFrom && { from: own.validFrom }), ...(to && { to }) };
}

/**
 * The version in force on a day for a jurisdiction (docs/domain.md §2: the office
 * revises its list; a round classifies against the one in force when it
 * starts). `catalogs` come nearest jurisdiction first; within one
 * jurisdiction the catalog whose version started latest wins. Undefined when
 * none is in force: the caller falls back to DEFAULT_CATALOG_VERSION.
 */
export function catalogInForce(
  catalogs: ReadonlyArray<{ jurisdiction: string; versions: readonly CatalogVersion[] }>,
  on: string,
): CatalogVersion | undefined {
  const jurisdictions = [...new Set(catalogs.map((catalog) => catalog.jurisdiction))];
  for (const jurisdiction of jurisdictions) {
    const candidates = catalogs
      .filter((catalog) => catalog.jurisdiction === jurisdiction)
      .flatMap((catalog) =>
        catalog.versions.filter((_version, index) => {
          const { from, to } = versionValidity(catalog.versions, index);
          return (!from || from <= on) && (!to || on <= to);
        }),
      )
      .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    const latest = candidates[candidates.length - 1];
    if (latest) return latest;
  }
  return undefined;
}
