import type { TargetTier } from '@xuncha/contracts';
import { effectiveTalkRules, talkRulesDecider } from '@xuncha/inspection-domain';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';
import { canonicalJurisdiction, jurisdictionAncestors } from '@xuncha/platform-kernel';

/** A jurisdiction's talk rules live in stream `inspection.talk-rules-<code>`. */
export function talkRulesStore(store: EventStore) {
  return new AggregateStore(store, talkRulesDecider, { streamPrefix: 'inspection.talk-rules' });
}
export type TalkRulesStore = ReturnType<typeof talkRulesStore>;

/** The rules in force for a tier at a jurisdiction: its own, else the nearest ancestor's, else the defaults. */
export async function talkRulesInForce(
  rules: TalkRulesStore,
  jurisdiction: string,
  tier: TargetTier,
) {
  const codes = [canonicalJurisdiction(jurisdiction), ...jurisdictionAncestors(jurisdiction)];
  const configured = await Promise.all(
    codes.map(async (code) => ({
      jurisdiction: code,
      rules: (await rules.load(code)).state.rules,
    })),
  );
  return effectiveTalkRules(tier, configured);
}
