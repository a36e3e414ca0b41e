import type { Filter, GroupSpec } from './port/read-model-store.port';

type Row = Record<string, unknown>;

/** The output name of a `by` path: `a.b` → `a_b`. */
export function groupName(path: string): string {
  return path.replaceAll('.', '_');
}

/**
 * One aggregation pipeline for both adapters (MongoDB runs it, the embedded
 * store hands it to mingo), so that groups mean the same everywhere.
 */
export function groupPipeline(filter: Filter, spec: GroupSpec): Row[] {
  const by = spec.by.map((path) => [groupName(checkPath(path)), path] as const);
  const sums = Object.entries(spec.sums ?? {});
  const names = [
    ...by.map(([name]) => name),
    ...sums.map(([name]) => name),
    ...(spec.count === undefined ? [] : [spec.count]),
  ];
  for (const name of names) {
    if (!/^[^$.][^.]*$/.test(name) || name === '_id') {
      throw new RangeError(`"${name}" cannot name a group column`);
    }
  }
  if (new Set(names).size !== names.length) {
    throw new RangeError(`group columns must have distinct names: ${names.join(', ')}`);
  }
  const group: Row = {
    // $ifNull puts missing and null in one group, as the sort ties them.
    _id:
      by.length === 0
        ? null
        : Object.fromEntries(by.map(([name, path]) => [name, { $ifNull: [`$${path}`, null] }])),
    ...Object.fromEntries(sums.map(([name, path]) => [name, { $sum: `$${checkPath(path)}` }])),
    ...(spec.count === undefined ? {} : { [spec.count]: { $sum: 1 } }),
  };
  const pipeline: Row[] = [{ $match: filter }, { $group: group }];
  if (by.length > 0) {
    pipeline.push({ $sort: Object.fromEntries(by.map(([name]) => [`_id.${name}`, 1])) });
  }
  return pipeline;
}

/** Flattens the pipeline's output into rows; an empty `by` always answers one row. */
export function groupRows(output: Row[], spec: GroupSpec): Row[] {
  if (output.length === 0 && spec.by.length === 0) {
    const zeros = Object.keys(spec.sums ?? {}).map((name) => [name, 0]);
    return [Object.fromEntries(spec.count === undefined ? zeros : [...zeros, [spec.count, 0]])];
  }
  return output.map(({ _id, ...totals }) => ({ ...(_id as Row | null), ...totals }));
}

function checkPath(path: string): string {
  // A leading $ would make the path an aggregation variable or operator.
  if (path === '' || path.startsWith('$')) throw new RangeError(`"${path}" is not a field path`);
  return path;
}
