import { TARGET_TIERS, type TargetTier } from '@xuncha/contracts';
import { jurisdictionLevel } from '@xuncha/platform-kernel';

/**
 * Level (巡察层级) as the offices' tables count it: by the committee that
 * inspects, not by the target's tier. A city's elevated inspection of a
 * township is 市委巡察; a county committee's inspections of villages are
 * 对村巡察, its other inspections 县区党委巡察.
 */
export const INSPECTION_LEVELS = ['city', 'county', 'village'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

/** The committee level a round's or term plan's jurisdiction stands for, if it inspects. */
export function committeeOf(jurisdiction: string): 'city' | 'county' | undefined {
  const level = jurisdictionLevel(jurisdiction);
  return level === 'city' || level === 'county' ? level : undefined;
}

/** The target tiers a level's county committees inspect (all for the city committee). */
export function tiersOf(level: InspectionLevel): readonly TargetTier[] {
  if (level === 'city') return TARGET_TIERS;
  return TARGET_TIERS.filter((tier) => (level === 'village') === (tier === 'village'));
}
