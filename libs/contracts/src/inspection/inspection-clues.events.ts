/**
 * Payloads on the RESTRICTED topic xuncha.inspection.clues: the full clue record, from the
 * inspection service to the clue service and nobody else. SealedClueIdentified carries the
 * personal fields sealed with the clue's data key, so the log holds no plaintext name and
 * erasing the key (crypto-shredding) leaves nothing readable; ClueIdentified is the older,
 * plaintext form, still sent for clues stored before sealing.
 */
import {
  Count,
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
import { InvolvedPerson, VILLAGE_OF_RECORD, VILLAGE_WHOLE, Village } from '../shared';
import {
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANK_LABELS,
  INVOLVED_RANKS,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type DisciplineCategory,
  type InvolvedRank,
  type TargetTier,
} from '../vocabulary';

/** The keys of the JSON object `personalData` of SealedClueIdentified opens to. */
export const SEALED_CLUE_FIELDS = [
  'person.name',
  'person.position',
  'allegation',
  'evidenceRefs',
] as const;

/** What `personalData` of SealedClueIdentified holds once opened: dotted path → value. */
export interface SealedCluePersonalData {
  readonly 'person.name': string;
  readonly 'person.position': string;
  readonly allegation: string;
  readonly evidenceRefs: string[];
}

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

  @Optional()
  @Count(
    'Months the recipient has for the result (线索办理结果时限), as the jurisdiction set it for the round',
    1,
  )
  resultMonths?: number;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Optional()
  @Id('Finding the clue comes from, if any')
  findingId?: string;

  @Optional()
  @Id('Petition (信访件) received at the inspection that the clue comes from, if any (信访线索)')
  petitionId?: string;

  @Optional()
  @Id(VILLAGE_OF_RECORD)
  villageId?: string;

  @Optional()
  @Nested(() => Village, VILLAGE_WHOLE)
  village?: Village;

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

@Describe(
  'A problem clue was identified at an inspection (发现问题线索), its personal data sealed. ' +
    'RESTRICTED: consumed by the clue service only. The name, position, allegation and ' +
    "evidence references travel in `personalData`, encrypted with the clue's data key from " +
    'the shared key store; once that key is erased (crypto-shredding) nobody can read them. ' +
    'Its redacted twin on xuncha.inspection.events is ClueRecorded.',
)
export class SealedClueIdentified {
  @Id('Clue id, the same as in ClueRecorded; also the id of its data key')
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

  @Optional()
  @Count(
    'Months the recipient has for the result (线索办理结果时限), as the jurisdiction set it for the round',
    1,
  )
  resultMonths?: number;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Optional()
  @Id('Finding the clue comes from, if any')
  findingId?: string;

  @Optional()
  @Id('Petition (信访件) received at the inspection that the clue comes from, if any (信访线索)')
  petitionId?: string;

  @Optional()
  @Id(VILLAGE_OF_RECORD)
  villageId?: string;

  @Optional()
  @Nested(() => Village, VILLAGE_WHOLE)
  village?: Village;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Rank of the person concerned (涉及人员层级)')
  involvedRank!: InvolvedRank;

  @Text(
    'The personal data (涉及人员姓名、职务、问题线索内容、证据材料编号), sealed: `xc1:` then ' +
      'base64url of a 12-byte IV, the 16-byte tag and the AES-256-GCM ciphertext, under the ' +
      'data key of `clueId` with `clueId` as associated data. Opens to a JSON object with ' +
      '"person.name", "person.position", "allegation" and "evidenceRefs"',
    20000,
  )
  personalData!: string;

  @OneOf(DISCIPLINE_CATEGORIES, DISCIPLINE_CATEGORY_LABELS, 'Discipline concerned (违纪类别)')
  discipline!: DisciplineCategory;

  @Flag('To be transferred while the inspection goes on (边巡边移)')
  urgent!: boolean;

  @Instant('When the team identified the clue (发现时间)')
  identifiedAt!: string;
}
