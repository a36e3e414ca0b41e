import type { InspectionOpened } from '@xuncha/contracts';
import { jurisdictionAncestors } from '@xuncha/platform-kernel';
import type { ProjectionContext } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';

/** The code and every code above it: a caller's subtree is then one equality filter. */
export function jurisdictionPath(code: string): string[] {
  return [code, ...jurisdictionAncestors(code)];
}

/** Instants in one form (UTC ISO), so that string comparison orders them and periods filter them. */
export function utc(instant: string): string {
  return new Date(instant).toISOString();
}

/**
 * Merges `patch` into the document, creating it from `initial` when absent.
 * Events of one document come from several topics in no fixed order, so every
 * handler merges what it knows and leaves the rest as it stands.
 */
export async function merge<T extends Doc>(
  context: ProjectionContext,
  collection: string,
  id: string,
  patch: (before: T) => Partial<T>,
  initial: () => Omit<T, '_id'>,
): Promise<void> {
  const before = (await context.get<T>(collection, id)) ?? ({ _id: id, ...initial() } as T);
  context.put(collection, { ...before, ...patch(before), _id: id });
}

/** Drops undefined fields, so that a merge never blanks a field another event set. */
export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

interface Placed {
  readonly jurisdiction: string;
  readonly tier: string;
  readonly village?: { readonly villageId: string; readonly jurisdiction: string };
}

/**
 * Where a record counts: the inspected target's place, or in a township-with-villages
 * inspection (巡镇带村) the village it is about, as a village-tier record. Events from before
 * the village travelled whole name only its id and stay counted with the township.
 */
export function placeOf(data: Placed) {
  const jurisdiction = data.village?.jurisdiction ?? data.jurisdiction;
  return {
    jurisdiction,
    jurisdictions: jurisdictionPath(jurisdiction),
    tier: data.village ? 'village' : data.tier,
    villageId: data.village?.villageId,
  };
}

/** What a record needs of its inspection that its own events do not carry. */
export interface InspectionFacts extends Doc {
  roundId: string;
  targetId: string;
  targetName: string;
  jurisdiction: string;
  tier: string;
}

/**
 * The handler that keeps an inspection's facts in a projection's own collection, for the
 * events that come after InspectionOpened on the same key and topic.
 */
export const keepInspectionFacts =
  (collection: string) => (data: InspectionOpened, context: ProjectionContext) =>
    context.put(collection, {
      _id: data.inspectionId,
      roundId: data.roundId,
      targetId: data.target.targetId,
      targetName: data.target.targetName,
      jurisdiction: data.target.jurisdiction,
      tier: data.target.tier,
    } satisfies InspectionFacts);
