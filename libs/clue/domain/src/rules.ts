import { TIMELINE_RULES, type RuleCatalogue } from '@xuncha/platform-kernel';
import type { ClueCommand } from './clue/clue.commands';

// A concluded clue (办结) is closed to every change but the erasure of its personal data.
const OPEN = 'clue-concluded';
// Every step may be told when it happened: not after today, not before the step it follows.
const WHEN = TIMELINE_RULES;

/** The rules each clue command can be refused by (see RuleCatalogue). */
export const CLUE_RULES = {
  RegisterClue: [],
  AssessClue: [OPEN, 'clue-already-transferred', ...WHEN],
  TransferClue: [
    OPEN,
    'clue-already-transferred',
    'clue-not-assessed',
    'clue-personal-data-erased',
    'due-date-not-after-transfer',
    ...WHEN,
  ],
  AcknowledgeReceipt: [OPEN, 'clue-not-transferred', 'transfer-number-mismatch', ...WHEN],
  DecideDisposition: [
    OPEN,
    'clue-not-received',
    'transfer-number-mismatch',
    'unknown-disposition-method',
    ...WHEN,
  ],
  ReportOutcome: [
    OPEN,
    'clue-not-received',
    'invalid-outcome-figures',
    'transfer-number-mismatch',
    ...WHEN,
  ],
  RaiseOverdue: [OPEN, 'clue-not-overdue', 'clue-not-transferred'],
  ErasePersonalData: [],
} as const satisfies RuleCatalogue<ClueCommand['type']>;
