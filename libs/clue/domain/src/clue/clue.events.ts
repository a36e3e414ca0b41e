import type {
  ClueRecipient,
  ClueStatus,
  DisciplineCategory,
  DispositionMethod,
  InvolvedRank,
  TargetTier,
} from '@xuncha/contracts';
import type { DomainEvent } from '@xuncha/platform-kernel';

export type ClueSource = 'inspection' | 'petition';

/** Where a clue comes from: the inspection (and its team) that found it or received the petition. */
export interface ClueOrigin {
  readonly inspectionId: string;
  readonly roundId: string;
  readonly teamId: string;
  readonly teamLeaderId: string;
  readonly targetId: string;
  readonly targetName: string;
  readonly jurisdiction: string;
  readonly tier: TargetTier;
  readonly findingId?: string;
  /** The result period (months) the round's jurisdiction set; the default where absent. */
  readonly resultMonths?: number;
}

export interface InvolvedPerson {
  readonly name: string;
  readonly position: string;
  readonly rank: InvolvedRank;
}

/**
 * Set by the store, never by the decider, when the clue's data key was erased: the personal
 * fields (name, position, allegation, evidence, notes) then hold an erased marker.
 */
export interface PersonalDataMarker {
  readonly personalDataErased?: boolean;
}

export interface OutcomeFigures {
  readonly caseFiled: boolean;
  readonly sanctionedPersons: number;
  readonly judicialTransfers: number;
  readonly organizationalHandling: number;
  readonly fundsRecovered: number;
}

/**
 * The redacted state after an event: every event carries it so that the analytics
 * event (ClueStatusChanged) is mapped from one stored event alone. No names, no allegation.
 */
export interface ClueFacts {
  readonly inspectionId: string;
  readonly targetId: string;
  readonly jurisdiction: string;
  readonly tier: TargetTier;
  readonly involvedRank: InvolvedRank;
  readonly discipline: DisciplineCategory;
  readonly status: ClueStatus;
  readonly recipient?: ClueRecipient;
  readonly transferNumber?: string;
  readonly dueBy?: string;
  readonly method?: DispositionMethod;
  readonly outcome?: OutcomeFigures;
}

export type ClueRegistered = DomainEvent<
  'ClueRegistered',
  PersonalDataMarker & {
    readonly clueId: string;
    readonly source: ClueSource;
    readonly petitionId?: string;
    readonly origin: ClueOrigin;
    readonly person: InvolvedPerson;
    readonly allegation: string;
    readonly discipline: DisciplineCategory;
    readonly urgent: boolean;
    readonly evidenceRefs: readonly string[];
    readonly identifiedAt: string;
    readonly registeredAt: string;
    readonly facts: ClueFacts;
  }
>;

export type ClueAssessed = DomainEvent<
  'ClueAssessed',
  PersonalDataMarker & {
    readonly recipient: ClueRecipient;
    readonly note: string;
    readonly assessedAt: string;
    readonly facts: ClueFacts;
  }
>;

/** The numbered transfer record (移交登记): what the recipient signs for, in full. */
export type ClueTransferred = DomainEvent<
  'ClueTransferred',
  PersonalDataMarker & {
    readonly transferNumber: string;
    readonly recipient: ClueRecipient;
    readonly transferredAt: string;
    readonly resultDueBy: string;
    readonly origin: ClueOrigin;
    readonly person: InvolvedPerson;
    readonly allegation: string;
    readonly discipline: DisciplineCategory;
    readonly urgent: boolean;
    readonly evidenceRefs: readonly string[];
    readonly assessmentNote: string;
    readonly facts: ClueFacts;
  }
>;

export type ClueReceived = DomainEvent<
  'ClueReceived',
  { readonly receivedAt: string; readonly receivedBy: string; readonly facts: ClueFacts }
>;

export type ClueDisposed = DomainEvent<
  'ClueDisposed',
  { readonly method: DispositionMethod; readonly decidedAt: string; readonly facts: ClueFacts }
>;

export type ClueOutcomeReported = DomainEvent<
  'ClueOutcomeReported',
  OutcomeFigures & {
    readonly final: boolean;
    readonly reportedAt: string;
    readonly facts: ClueFacts;
  }
>;

export type ClueConcluded = DomainEvent<
  'ClueConcluded',
  { readonly concludedAt: string; readonly facts: ClueFacts }
>;

/** 督办: the result was not back by its due day. */
export type ClueOverdueRaised = DomainEvent<
  'ClueOverdueRaised',
  { readonly dueBy: string; readonly raisedAt: string; readonly facts: ClueFacts }
>;

/**
 * The clue's personal data was erased (crypto-shredding): its key is gone, so every stored
 * copy of the name, position, allegation and notes is unreadable. Carries none of them.
 */
export type CluePersonalDataErased = DomainEvent<
  'CluePersonalDataErased',
  { readonly erasedAt: string; readonly reason: string; readonly facts: ClueFacts }
>;

export type ClueEvent =
  | ClueRegistered
  | ClueAssessed
  | ClueTransferred
  | ClueReceived
  | ClueDisposed
  | ClueOutcomeReported
  | ClueConcluded
  | ClueOverdueRaised
  | CluePersonalDataErased;

/**
 * When a clue event's step happened (not when it was recorded): what period figures and
 * consumers count it by.
 */
export function whenItHappened(event: ClueEvent): string {
  switch (event.type) {
    case 'ClueRegistered':
      return event.data.identifiedAt;
    case 'ClueAssessed':
      return event.data.assessedAt;
    case 'ClueTransferred':
      return event.data.transferredAt;
    case 'ClueReceived':
      return event.data.receivedAt;
    case 'ClueDisposed':
      return event.data.decidedAt;
    case 'ClueOutcomeReported':
      return event.data.reportedAt;
    case 'ClueConcluded':
      return event.data.concludedAt;
    case 'ClueOverdueRaised':
      return event.data.raisedAt;
    case 'CluePersonalDataErased':
      return event.data.erasedAt;
  }
}

/** Who read a clue's full record, and when (stream `clue.audit-<id>`). */
export type ClueRecordRead = DomainEvent<
  'ClueRecordRead',
  {
    readonly clueId: string;
    readonly reader: string;
    readonly roles: readonly string[];
    readonly readAt: string;
  }
>;
