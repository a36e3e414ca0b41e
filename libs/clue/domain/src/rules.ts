import type { RuleCatalogue } from '@xuncha/platform-kernel';
import type { ClueCommand } from './clue/clue.commands';

// A concluded clue (办结) is closed to every change but the erasure of its personal data.
const OPEN = 'clue-concluded';

/** The rules each clue command can be refused by (see RuleCatalogue). */
export const CLUE_RULES = {
  RegisterClue: [],
  AssessClue: [OPEN, 'clue-already-transferred'],
  TransferClue: [
    OPEN,
    'clue-already-transferred',
    'clue-not-assessed',
    'clue-personal-data-erased',
    'due-date-not-after-transfer',
  ],
  AcknowledgeReceipt: [OPEN, 'clue-not-transferred', 'transfer-number-mismatch'],
  DecideDisposition: [
    OPEN,
    'clue-not-received',
    'transfer-number-mismatch',
    'unknown-disposition-method',
  ],
  ReportOutcome: [OPEN, 'clue-not-received', 'invalid-outcome-figures', 'transfer-number-mismatch'],
  RaiseOverdue: [OPEN, 'clue-not-overdue', 'clue-not-transferred'],
  ErasePersonalData: [],
} as const satisfies RuleCatalogue<ClueCommand['type']>;
