import {
  CURRENT_CATALOG_VERSION,
  focusCatalog,
  focusItem,
  portraitDimension,
} from './focus-catalog';

describe('focus catalog', () => {
  it('holds the 80 items of the three focuses, each code once', () => {
    const catalog = focusCatalog(CURRENT_CATALOG_VERSION)!;
    expect(catalog.name).toBe('three-focuses');
    expect(catalog.focuses).toHaveLength(3);
    const codes = catalog.focuses.flatMap((focus) => focus.items.map((item) => item.code));
    expect(codes).toHaveLength(80);
    expect(new Set(codes).size).toBe(80);
    for (const focus of catalog.focuses) {
      expect(focus.items.every((item) => item.code.startsWith(`${focus.code}-`))).toBe(true);
    }
  });

  it('holds the ten top-leader portrait dimensions', () => {
    expect(focusCatalog(CURRENT_CATALOG_VERSION)!.portraitDimensions).toHaveLength(10);
    expect(portraitDimension(CURRENT_CATALOG_VERSION, 'political-quality')?.label).toBe('政治素养');
  });

  it('looks items up by version and code', () => {
    expect(focusItem(CURRENT_CATALOG_VERSION, 'SGJJ-2-07')?.label).toMatch(/会议费/);
    expect(focusItem(CURRENT_CATALOG_VERSION, 'SGJJ-9-99')).toBeUndefined();
    expect(focusItem('no-such-version', 'SGJJ-2-07')).toBeUndefined();
  });
});
