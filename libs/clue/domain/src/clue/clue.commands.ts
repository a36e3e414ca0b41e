import type { ClueRecipient, DisciplineCategory } from '@xuncha/contracts';
import type { ClueOrigin, ClueSource, InvolvedPerson, OutcomeFigures } from './clue.events';

/** Result of a transferred clue is due 3 months after transfer unless told (docs/domain.md §5). */
export const DEFAULT_RESULT_MONTHS = 3;

export interface RegisterClue {
  readonly type: 'RegisterClue';
  readonly id: string;
  readonly at: string;
  readonly source: ClueSource;
  readonly petitionId?: string;
  readonly origin: ClueOrigin;
  readonly person: InvolvedPerson;
  readonly allegation: string;
  readonly discipline: DisciplineCategory;
  readonly urgent: boolean;
  readonly evidenceRefs: readonly string[];
  /** When the team identified it; the registration time when not known. */
  readonly identifiedAt?: string;
}

/** `…At` of a step: when it happened, if not now (a ledger's date); `at` is when it is recorded. */
export interface AssessClue {
  readonly type: 'AssessClue';
  readonly at: string;
  readonly assessedAt?: string;
  readonly recipient: ClueRecipient;
  readonly note: string;
}

export interface TransferClue {
  readonly type: 'TransferClue';
  readonly at: string;
  readonly transferredAt?: string;
  readonly resultDueBy?: string;
}

/** `transferNumber`, when given (the commission quotes it), must be the clue's. */
export interface AcknowledgeReceipt {
  readonly type: 'AcknowledgeReceipt';
  readonly at: string;
  readonly receivedAt: string;
  readonly receivedBy: string;
  readonly transferNumber?: string;
}

/** `method` is a plain string: one outside the four is a rule violation, not bad input. */
export interface DecideDisposition {
  readonly type: 'DecideDisposition';
  readonly at: string;
  readonly method: string;
  readonly decidedAt?: string;
  readonly transferNumber?: string;
}

export interface ReportOutcome extends OutcomeFigures {
  readonly type: 'ReportOutcome';
  readonly at: string;
  readonly final: boolean;
  readonly reportedAt?: string;
  readonly transferNumber?: string;
}

export interface RaiseOverdue {
  readonly type: 'RaiseOverdue';
  readonly at: string;
}

/** Crypto-shredding: the clue's key is erased outside the domain; this records the fact. */
export interface ErasePersonalData {
  readonly type: 'ErasePersonalData';
  readonly at: string;
  readonly reason: string;
}

export type ClueCommand =
  | RegisterClue
  | AssessClue
  | TransferClue
  | AcknowledgeReceipt
  | DecideDisposition
  | ReportOutcome
  | RaiseOverdue
  | ErasePersonalData;
