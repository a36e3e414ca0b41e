/**
 * Clue handling (问题线索处置): the redacted analytics event, the full transfer
 * record for the discipline commission, and what the commission sends back.
 */
import {
  Amount,
  CalendarDate,
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
import { InvolvedPerson } from '../shared';
import {
  CLUE_CHANGE_LABELS,
  CLUE_CHANGES,
  CLUE_RECIPIENT_LABELS,
  CLUE_RECIPIENTS,
  CLUE_STATUS_LABELS,
  CLUE_STATUSES,
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  DISPOSITION_METHOD_LABELS,
  DISPOSITION_METHODS,
  INVOLVED_RANK_LABELS,
  INVOLVED_RANKS,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type ClueChange,
  type ClueRecipient,
  type ClueStatus,
  type DisciplineCategory,
  type DispositionMethod,
  type InvolvedRank,
  type TargetTier,
} from '../vocabulary';

const TRANSFER_NUMBER = 'Ledger number of the transfer (移交编号), e.g. 商巡移〔2026〕7号';

@Describe(
  'Outcome figures of a clue (办理结果), cumulative for the clue as of the report: each ' +
    'report replaces the previous one, so repeating it changes nothing',
)
export class ClueOutcomeFigures {
  @Flag('A case was filed (立案)')
  caseFiled!: boolean;

  @Count('Persons given party or administrative sanctions (党纪政务处分人数)')
  sanctionedPersons!: number;

  @Count('Persons transferred to judicial organs (移送司法机关人数)')
  judicialTransfers!: number;

  @Count('Persons given organizational handling (组织处理人数)')
  organizationalHandling!: number;

  @Amount('Funds recovered (追缴/挽回金额)')
  fundsRecovered!: number;
}

@Describe(
  'Something happened to a clue (线索状态变化), REDACTED for analytics: never a name, a ' +
    'position or an allegation. Carries the state after the change, so a consumer needs no ' +
    'earlier event: fields absent before their step (recipient, transfer number, due date, ' +
    'method, outcome) are repeated on every later change.',
)
export class ClueStatusChanged {
  @Id('Clue id')
  clueId!: string;

  @Id('Inspection the clue comes from')
  inspectionId!: string;

  @Id('Inspected target')
  targetId!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Rank of the person concerned (涉及人员层级)')
  involvedRank!: InvolvedRank;

  @OneOf(DISCIPLINE_CATEGORIES, DISCIPLINE_CATEGORY_LABELS, 'Discipline concerned (违纪类别)')
  discipline!: DisciplineCategory;

  @OneOf(CLUE_CHANGES, CLUE_CHANGE_LABELS, 'What happened')
  change!: ClueChange;

  @OneOf(CLUE_STATUSES, CLUE_STATUS_LABELS, 'Status after the change (overdue keeps the status)')
  status!: ClueStatus;

  @Optional()
  @OneOf(
    CLUE_RECIPIENTS,
    CLUE_RECIPIENT_LABELS,
    'Who must act on it (移交对象), from assessment on',
  )
  recipient?: ClueRecipient;

  @Optional()
  @Text(`${TRANSFER_NUMBER}, from transfer on`, 64)
  transferNumber?: string;

  @Optional()
  @CalendarDate('Day the result is due (办理结果反馈时限), from transfer on')
  dueBy?: string;

  @Optional()
  @OneOf(DISPOSITION_METHODS, DISPOSITION_METHOD_LABELS, 'Disposition (处置方式), once decided')
  method?: DispositionMethod;

  @Optional()
  @Nested(() => ClueOutcomeFigures, 'Latest outcome figures, once reported')
  outcome?: ClueOutcomeFigures;

  @Instant('When it happened (发生时间)')
  occurredAt!: string;
}

@Describe('Where a transferred clue came from (线索来源)')
export class ClueOrigin {
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
}

@Describe(
  'A clue was transferred (线索移交): the full, numbered record the recipient signs for ' +
    '(监督执纪工作规则 art. 23). RESTRICTED: for the discipline commission (纪委监委), which ' +
    'acknowledges it on discipline.clue.receipts. The person and allegation came in ' +
    'plaintext. No longer sent: transfers go out as SealedClueTransferred, readable by the ' +
    'recipient alone; this form stays described for the messages already on the topic.',
)
export class ClueTransferred {
  @Text(TRANSFER_NUMBER, 64)
  transferNumber!: string;

  @Id('Clue id; answers on the discipline topics quote it')
  clueId!: string;

  @OneOf(CLUE_RECIPIENTS, CLUE_RECIPIENT_LABELS, 'Who must act on it (移交对象)')
  recipient!: ClueRecipient;

  @Nested(() => InvolvedPerson, 'The person concerned (涉及人员)')
  person!: InvolvedPerson;

  @Text('What the person is alleged to have done (问题线索内容)', 5000)
  allegation!: string;

  @OneOf(DISCIPLINE_CATEGORIES, DISCIPLINE_CATEGORY_LABELS, 'Discipline concerned (违纪类别)')
  discipline!: DisciplineCategory;

  @Flag('Transferred while the inspection goes on (边巡边移)')
  urgent!: boolean;

  @Texts('References to the supporting material handed over (证据材料编号)', { maxLength: 200 })
  evidenceRefs!: string[];

  @Nested(() => ClueOrigin, 'The inspection the clue comes from')
  inspection!: ClueOrigin;

  @Instant('When it was transferred (移交时间)')
  transferredAt!: string;

  @CalendarDate('Day the result is due (办理结果反馈时限), 3 months by default')
  resultDueBy!: string;

  @Text('Conclusion of the joint review (集体会商意见)', 2000)
  assessmentNote!: string;
}

/** What `personalData` of SealedClueTransferred opens to, with the recipient's private key. */
export interface SealedTransferPersonalData {
  readonly person: { readonly name: string; readonly position: string };
  readonly allegation: string;
  readonly evidenceRefs: string[];
  readonly assessmentNote: string;
}

@Describe(
  'A clue was transferred (线索移交): the full, numbered record the recipient signs for ' +
    '(监督执纪工作规则 art. 23). RESTRICTED: for the recipient (纪委监委 or 组织部), which ' +
    'acknowledges it on its receipts topic. The name, position, allegation, evidence ' +
    "references and the joint review's note travel in `personalData`, sealed for the " +
    "recipient's public key alone: no copy of the bus, and nobody at xuncha, can read them. " +
    "When xuncha later erases the clue's personal data (crypto-shredding) what the recipient " +
    'opened is not recalled; a transfer still unsent at the erasure carries ［已删除］ in ' +
    'their place, and none is made after it.',
)
export class SealedClueTransferred {
  @Text(TRANSFER_NUMBER, 64)
  transferNumber!: string;

  @Id('Clue id; answers on the discipline topics quote it')
  clueId!: string;

  @OneOf(CLUE_RECIPIENTS, CLUE_RECIPIENT_LABELS, 'Who must act on it (移交对象)')
  recipient!: ClueRecipient;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Rank of the person concerned (涉及人员层级)')
  involvedRank!: InvolvedRank;

  @OneOf(DISCIPLINE_CATEGORIES, DISCIPLINE_CATEGORY_LABELS, 'Discipline concerned (违纪类别)')
  discipline!: DisciplineCategory;

  @Flag('Transferred while the inspection goes on (边巡边移)')
  urgent!: boolean;

  @Nested(() => ClueOrigin, 'The inspection the clue comes from')
  inspection!: ClueOrigin;

  @Instant('When it was transferred (移交时间)')
  transferredAt!: string;

  @CalendarDate('Day the result is due (办理结果反馈时限), 3 months by default')
  resultDueBy!: string;

  @Text(
    'The personal data (涉及人员姓名、职务、问题线索内容、证据材料编号、集体会商意见), sealed ' +
      'for the recipient: a JWE compact serialization (RFC 7516, alg ECDH-ES+A256KW, enc ' +
      "A256GCM) for the recipient's public key named by `recipientKeyId`. Opens to a JSON " +
      'object with "person" {"name", "position"}, "allegation", "evidenceRefs" and ' +
      '"assessmentNote"',
    40000,
  )
  personalData!: string;

  @Text("Id (kid) of the recipient's public key the personal data is sealed for", 200)
  recipientKeyId!: string;
}

@Describe(
  'INBOUND from the discipline commission: it signed for a transferred clue (签收). ' +
    'Receipt of an already received clue changes nothing.',
)
export class ClueReceiptAcknowledged {
  @Id('Clue id, as in ClueTransferred')
  clueId!: string;

  @Text(TRANSFER_NUMBER, 64)
  transferNumber!: string;

  @Instant('When it was signed for (签收时间)')
  receivedAt!: string;

  @Text('Who signed for it (签收人), as the commission records it', 100)
  receivedBy!: string;
}

@Describe('INBOUND from the discipline commission: how it disposes of the clue (处置方式)')
export class ClueDispositionDecided {
  @Id('Clue id, as in ClueTransferred')
  clueId!: string;

  @Text(TRANSFER_NUMBER, 64)
  transferNumber!: string;

  @OneOf(DISPOSITION_METHODS, DISPOSITION_METHOD_LABELS, 'Disposition (处置方式)')
  method!: DispositionMethod;

  @Instant('When it was decided (决定时间)')
  decidedAt!: string;
}

@Describe(
  'INBOUND from the discipline commission: outcome of a clue (办理结果). Figures are ' +
    'cumulative for the clue; final=true concludes it (办结).',
)
export class ClueOutcomeReported extends ClueOutcomeFigures {
  @Id('Clue id, as in ClueTransferred')
  clueId!: string;

  @Text(TRANSFER_NUMBER, 64)
  transferNumber!: string;

  @Flag('The outcome is final: the clue is concluded (办结)')
  final!: boolean;

  @Instant('When it was reported (报告时间)')
  reportedAt!: string;
}
