import type { RoundKind } from '@xuncha/contracts';
import { RuleViolation, type Decider, type DomainEvent } from '@xuncha/platform-kernel';

/**
 * Which kinds of round count toward full coverage (全覆盖). By default only regular rounds
 * (常规巡察, with whatever modes they combine): a special round of three teams over 94 units
 * is no inspection of each of them, the box-ticking the seeds warn against.
 */
export const DEFAULT_COVERING_KINDS: readonly RoundKind[] = ['regular'];

export interface CoverageRulesState {
  readonly coveringKinds?: readonly RoundKind[];
}

export type CoverageRulesCommand = {
  type: 'SetCoverageRules';
  jurisdiction: string;
  coveringKinds: readonly RoundKind[];
  at: string;
};

export type CoverageRulesEvent = DomainEvent<
  'CoverageRulesSet',
  { jurisdiction: string; coveringKinds: RoundKind[]; setAt: string }
>;

export const coverageRulesDecider: Decider<
  CoverageRulesState,
  CoverageRulesCommand,
  CoverageRulesEvent
> = {
  initialState: () => ({}),
  evolve: (_state, event) => ({ coveringKinds: event.data.coveringKinds }),
  decide({ jurisdiction, coveringKinds, at }, state) {
    if (!coveringKinds.includes('regular')) {
      throw new RuleViolation(
        'regular-rounds-must-cover',
        'regular rounds (常规巡察) always count toward full coverage',
        { coveringKinds },
      );
    }
    const kinds = [...new Set(coveringKinds)].sort();
    if (state.coveringKinds && [...state.coveringKinds].sort().join() === kinds.join()) return [];
    return [{ type: 'CoverageRulesSet', data: { jurisdiction, coveringKinds: kinds, setAt: at } }];
  },
};

/** The kinds in force: the jurisdiction's own setting, else its nearest ancestor's (nearest first). */
export function effectiveCoveringKinds(
  configured: ReadonlyArray<{ jurisdiction: string; coveringKinds?: readonly RoundKind[] }>,
): { coveringKinds: readonly RoundKind[]; source: string } {
  const nearest = configured.find((settings) => settings.coveringKinds);
  return nearest
    ? { coveringKinds: nearest.coveringKinds!, source: nearest.jurisdiction }
    : { coveringKinds: DEFAULT_COVERING_KINDS, source: 'default' };
}
