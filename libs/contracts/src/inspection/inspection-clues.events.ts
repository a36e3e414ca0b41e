/**
 * Payload on the RESTRICTED topic xuncha.inspection.clues: the full clue record,
 * from the inspection service to the clue service and nobody else.
 */
import {
  Describe,
  Flag,
  Id,
  Instant,
  JurisdictionCode,
  Nested,
  OneOf,
  Optional,
  Text,
  Texts,
} from '../fields';
import { InvolvedPerson } from '../shared';
import {
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type DisciplineCategory,
  type TargetTier,
} from '../vocabulary';

@Describe(
  'A problem clue was identified at an inspection (发现问题线索): the full record, with the ' +
    'person and the allegation. RESTRICTED: consumed by the clue service only. Its redacted ' +
    'twin on xuncha.inspection.events is ClueRecorded.',
)
export class ClueIdentified {
  @Id('Clue id, the same as in ClueRecorded')
  clueId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Team id')
  teamId!: string;

  @Id('Team leader (组长), a cadre id')
  teamLeaderId!: string;

  @Id('Inspected target')
  targetId!: string;

  @Text('Name of the inspected organization (被巡察单位名称)', 200)
  targetName!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Optional()
  @Id('Finding the clue comes from, if any')
  findingId?: string;

  @Nested(() => InvolvedPerson, 'The person concerned (涉及人员)')
  person!: InvolvedPerson;

  @Text('What the person is alleged to have done (问题线索内容)', 5000)
  allegation!: string;

  @OneOf(DISCIPLINE_CATEGORIES, DISCIPLINE_CATEGORY_LABELS, 'Discipline concerned (违纪类别)')
  discipline!: DisciplineCategory;

  @Flag('To be transferred while the inspection goes on (边巡边移)')
  urgent!: boolean;

  @Instant('When the team identified the clue (发现时间)')
  identifiedAt!: string;

  @Texts('References to the supporting material the team holds (证据材料编号)', {
    maxLength: 200,
  })
  evidenceRefs!: string[];
}
