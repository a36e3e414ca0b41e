/** Small server-rendered SVG charts: the page needs no script and no build step. */

export interface Series {
  readonly name: string;
  readonly color: string;
}

export interface Group {
  readonly label: string;
  /** One value per series, fractions 0..1. */
  readonly values: readonly number[];
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function legend(series: readonly Series[]): string {
  return `<p class="legend">${series
    .map((s) => `<span><i style="background:${s.color}"></i>${escape(s.name)}</span>`)
    .join(' ')}</p>`;
}

/** Rates as grouped horizontal bars, one group per label. */
export function barChart(
  title: string,
  series: readonly Series[],
  groups: readonly Group[],
): string {
  const bar = 14;
  const groupHeight = series.length * bar + 12;
  const left = 160;
  const width = 420;
  const height = Math.max(groups.length, 1) * groupHeight + 10;
  const bars = groups
    .map((g, gi) => {
      const y0 = gi * groupHeight + 5;
      const rows = g.values
        .map((v, si) => {
          const y = y0 + si * bar;
          const w = Math.max(0, Math.min(1, v)) * width;
          return (
            `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar - 2}" fill="${series[si].color}">` +
            `<title>${escape(`${g.label} ${series[si].name} ${percent(v)}`)}</title></rect>` +
            `<text x="${left + w + 4}" y="${y + bar - 4}" font-size="11">${percent(v)}</text>`
          );
        })
        .join('');
      const label = `<text x="${left - 6}" y="${y0 + (series.length * bar) / 2 + 4}" font-size="12" text-anchor="end">${escape(g.label)}</text>`;
      return label + rows;
    })
    .join('');
  return (
    `<figure><figcaption>${escape(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(title)}" ` +
    `width="${left + width + 60}" height="${height}">${bars}</svg></figure>`
  );
}

/** Rates across rounds as lines, one per series. */
export function lineChart(
  title: string,
  series: readonly Series[],
  points: readonly Group[],
): string {
  const left = 40;
  const width = 520;
  const height = 200;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (v: number) => 10 + (1 - Math.max(0, Math.min(1, v))) * (height - 40);
  const lines = series
    .map((s, si) => {
      const path = points
        .map((p, i) => `${x(i).toFixed(1)},${y(p.values[si]).toFixed(1)}`)
        .join(' ');
      const dots = points
        .map(
          (p, i) =>
            `<circle cx="${x(i).toFixed(1)}" cy="${y(p.values[si]).toFixed(1)}" r="3" fill="${s.color}">` +
            `<title>${escape(`${p.label} ${s.name} ${percent(p.values[si])}`)}</title></circle>`,
        )
        .join('');
      return `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${path}"/>${dots}`;
    })
    .join('');
  const labels = points
    .map(
      (p, i) =>
        `<text x="${x(i).toFixed(1)}" y="${height - 8}" font-size="11" text-anchor="middle">${escape(p.label)}</text>`,
    )
    .join('');
  const axis = [0, 0.5, 1]
    .map(
      (v) =>
        `<text x="${left - 4}" y="${y(v) + 4}" font-size="10" text-anchor="end">${percent(v)}</text>`,
    )
    .join('');
  return (
    `<figure><figcaption>${escape(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(title)}" ` +
    `width="${left + width + 30}" height="${height}">${axis}${lines}${labels}</svg></figure>`
  );
}

export { escape };
