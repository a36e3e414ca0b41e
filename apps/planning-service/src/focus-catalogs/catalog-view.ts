import {
  catalogCounts,
  versionValidity,
  type CatalogTree,
  type CatalogVersion,
  type CatalogVersionInput,
} from '@xuncha/planning-domain';
import type { VersionFieldsBody } from './focus-catalogs.dto';

/** A catalog version's content as a command carries it, from a body or a workbook's tree. */
export function contentOf(
  tree: Partial<CatalogTree>,
  fields: VersionFieldsBody,
): CatalogVersionInput {
  const entry = <T extends { code: string; label: string; placeholder?: boolean }>(e: T) => ({
    code: e.code,
    label: e.label,
    ...(e.placeholder && { placeholder: true }),
  });
  return {
    ...(fields.version && { version: fields.version }),
    ...(fields.label && { label: fields.label }),
    ...(fields.validFrom && { validFrom: fields.validFrom }),
    ...(fields.validTo && { validTo: fields.validTo }),
    focuses: (tree.focuses ?? []).map((focus) => ({
      ...entry(focus),
      items: focus.items.map(entry),
    })),
    processes: (tree.processes ?? []).map((process) => ({
      ...entry(process),
      points: process.points.map((point) => ({
        ...entry(point),
        manifestations: point.manifestations.map(entry),
      })),
    })),
    portraitDimensions: (tree.portraitDimensions ?? []).map(entry),
  };
}

/** One version as the list shows it: its validity and counts. */
export function summary(
  version: CatalogVersion,
  versions: readonly CatalogVersion[],
  index: number,
) {
  const validity = versionValidity(versions, index);
  return {
    version: version.version,
    label: version.label,
    ...(validity.from && { validFrom: validity.from }),
    ...(validity.to && { validTo: validity.to }),
    counts: catalogCounts(version),
  };
}

/** The version whole, and its classifiable codes flat, each with the branch it sits under. */
export function present(version: CatalogVersion) {
  const items = [
    ...version.focuses.flatMap((focus) =>
      focus.items.map((item) => ({ ...item, focus: { code: focus.code, label: focus.label } })),
    ),
    ...version.processes.flatMap((process) =>
      process.points.flatMap((point) =>
        point.manifestations.map((m) => ({
          ...m,
          process: { code: process.code, label: process.label },
          point: { code: point.code, label: point.label },
        })),
      ),
    ),
  ];
  return {
    ...version,
    counts: catalogCounts(version),
    items,
  };
}
