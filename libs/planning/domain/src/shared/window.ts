/** A span of calendar days (YYYY-MM-DD), both ends included. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

/** ISO calendar dates compare as text; both ends are included. */
export function windowsOverlap(a: DateWindow, b: DateWindow): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function windowWithin(inner: DateWindow, outer: DateWindow): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}
