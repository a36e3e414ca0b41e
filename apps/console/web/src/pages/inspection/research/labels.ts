// Closed value sets of the inspection service's field work that the shared vocabulary lacks.
import type { Schema } from '../../../api';

export type MeetingKind = Schema<'inspection', 'MeetingBody'>['kind'];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  communication: '沟通见面会',
  mobilization: '动员会',
  'special-briefing': '专题汇报会',
  symposium: '座谈会',
  'mid-term-report': '中期汇报',
};
export const MEETING_KINDS = Object.keys(MEETING_KIND_LABELS) as MeetingKind[];

export type PortraitRating = Schema<'inspection', 'PortraitEntryBody'>['rating'];
export const PORTRAIT_RATING_LABELS: Record<PortraitRating, string> = {
  good: '好',
  fair: '一般',
  poor: '较差',
};
export const PORTRAIT_RATINGS = Object.keys(PORTRAIT_RATING_LABELS) as PortraitRating[];

export type BriefingUnit = Schema<'inspection', 'BriefingBody'>['unit'];
export const BRIEFING_UNIT_LABELS: Record<BriefingUnit, string> = {
  'discipline-commission': '纪委监委',
  'organization-department': '组织部',
  'audit-office': '审计机关',
  'petition-office': '信访部门',
};
