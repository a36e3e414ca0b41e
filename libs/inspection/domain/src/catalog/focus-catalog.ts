import { RuleViolation, type Decider, type DomainEvent } from '@xuncha/platform-kernel';

/** One node of a focus catalog: an item, a top-leader manifestation, a portrait dimension… */
export interface CatalogEntry {
  readonly code: string;
  readonly label: string;
  readonly placeholder?: boolean;
}

/**
 * A version of the supervision-focus catalog (监督重点清单) as planning issued
 * it and a launched round brought it: findings are classified under its items
 * or top-leader manifestations, portraits rated over its dimensions. The
 * office keeps catalogs as data and revises them; an inspection keeps the
 * version of its round.
 */
export interface FocusCatalog {
  readonly version: string;
  readonly catalogId: string;
  readonly title: string;
  readonly label: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly focuses: ReadonlyArray<CatalogEntry & { readonly items: readonly CatalogEntry[] }>;
  readonly processes: ReadonlyArray<
    CatalogEntry & {
      readonly points: ReadonlyArray<
        CatalogEntry & { readonly manifestations: readonly CatalogEntry[] }
      >;
    }
  >;
  readonly portraitDimensions: readonly CatalogEntry[];
}

/** The version rounds launched before catalogs were data used: the shipped three focuses. */
export const LEGACY_CATALOG_VERSION = 'three-focuses-2022';

/** The item or top-leader manifestation a finding is classified under. */
export function focusItem(catalog: FocusCatalog, code: string): CatalogEntry | undefined {
  return (
    catalog.focuses.flatMap((focus) => focus.items).find((item) => item.code === code) ??
    catalog.processes
      .flatMap((process) => process.points.flatMap((point) => point.manifestations))
      .find((manifestation) => manifestation.code === code)
  );
}

export function portraitDimension(catalog: FocusCatalog, code: string): CatalogEntry | undefined {
  return catalog.portraitDimensions.find((dimension) => dimension.code === code);
}

/**
 * The catalog a command classifies against: the one of the inspection's
 * round. Absent when the service never received it (a round launched before
 * catalogs travelled with the launch, on a store that never held it).
 */
export function catalogOfRound(catalog: FocusCatalog | undefined, version: string): FocusCatalog {
  if (!catalog) {
    throw new RuleViolation(
      'catalog-version-unavailable',
      `the focus catalog ${version} of this inspection's round was never received`,
      { catalogVersion: version },
    );
  }
  if (catalog.version !== version) {
    throw new Error(`catalog ${catalog.version} given for an inspection of catalog ${version}`);
  }
  return catalog;
}

/** The copy of one catalog version the inspection service keeps (`inspection.focus-catalog-<version>`). */
export interface FocusCatalogCopy {
  readonly catalog?: FocusCatalog;
}

export type KeepFocusCatalog = {
  readonly type: 'KeepFocusCatalog';
  readonly id: string;
  readonly at: string;
  readonly catalog: FocusCatalog;
};

export type FocusCatalogReceived = DomainEvent<
  'FocusCatalogReceived',
  { catalog: FocusCatalog; receivedAt: string }
>;

/** A version never changes once issued: the first copy received is kept, repeats add nothing. */
export const focusCatalogCopyDecider: Decider<
  FocusCatalogCopy,
  KeepFocusCatalog,
  FocusCatalogReceived
> = {
  initialState: () => ({}),
  evolve: (_state, event) => ({ catalog: event.data.catalog }),
  decide(command, state) {
    if (state.catalog) return [];
    return [
      { type: 'FocusCatalogReceived', data: { catalog: command.catalog, receivedAt: command.at } },
    ];
  },
};
