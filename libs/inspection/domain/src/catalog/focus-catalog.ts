import threeFocuses2022 from './three-focuses-2022.catalog.json';

/** One item of a supervision-focus catalog (监督重点条目): what a finding is classified under. */
export interface FocusItem {
  readonly code: string;
  readonly label: string;
}

/** A top-level focus (e.g. one of the 三个聚焦) and its items. */
export interface Focus {
  readonly code: string;
  readonly label: string;
  readonly items: readonly FocusItem[];
}

/** A dimension of the top-leader political portrait (一把手政治画像维度). */
export interface PortraitDimension {
  readonly code: string;
  readonly label: string;
}

/**
 * A versioned supervision-focus catalog (监督重点清单). Catalogs change between
 * rounds (六围绕一加强 → 三个聚焦), so they are data: a finding keeps the
 * version it was classified against, and old findings stay readable.
 */
export interface FocusCatalog {
  readonly version: string;
  readonly name: string;
  readonly label: string;
  readonly focuses: readonly Focus[];
  readonly portraitDimensions: readonly PortraitDimension[];
}

const CATALOGS: readonly FocusCatalog[] = [threeFocuses2022];

/** The catalog new inspections classify against. */
export const CURRENT_CATALOG_VERSION = threeFocuses2022.version;

export function focusCatalog(version: string): FocusCatalog | undefined {
  return CATALOGS.find((catalog) => catalog.version === version);
}

export function focusItem(version: string, code: string): FocusItem | undefined {
  return focusCatalog(version)
    ?.focuses.flatMap((focus) => focus.items)
    .find((item) => item.code === code);
}

export function portraitDimension(version: string, code: string): PortraitDimension | undefined {
  return focusCatalog(version)?.portraitDimensions.find((dimension) => dimension.code === code);
}
