import type { ProjectionDefinition } from '@xuncha/platform-projections';
import { cluesProjection } from './clues/clues.projection';
import { coverageProjection } from './coverage/coverage.projection';
import { directivesProjection } from './directives/directives.projection';
import { immediateItemsProjection } from './immediate-items/immediate-items.projection';
import { inspectionsProjection } from './inspections/inspections.projection';
import { problemsProjection } from './problems/problems.projection';
import { rectificationProjection } from './rectification/rectification.projection';
import { resultUsesProjection } from './result-uses/result-uses.projection';

export const QUERY_PROJECTIONS: ProjectionDefinition[] = [
  coverageProjection,
  inspectionsProjection,
  problemsProjection,
  cluesProjection,
  rectificationProjection,
  immediateItemsProjection,
  directivesProjection,
  resultUsesProjection,
];

/** The projection that owns a collection: an asOf answer replays that projection. */
export function projectionOf(collection: string): string {
  const owner = QUERY_PROJECTIONS.find((p) => p.collections.includes(collection));
  if (!owner) throw new Error(`no projection owns ${collection}`);
  return owner.name;
}
