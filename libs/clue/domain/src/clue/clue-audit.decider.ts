import type { Decider } from '@xuncha/platform-kernel';
import type { ClueRecordRead } from './clue.events';

export interface RecordRead {
  readonly type: 'RecordRead';
  readonly clueId: string;
  readonly reader: string;
  readonly roles: readonly string[];
  readonly at: string;
}

/**
 * The read trail of one clue's full record: every read is a fact, kept in its own
 * stream so that reading never moves the clue's revision (If-Match stays valid).
 */
export const clueAuditDecider: Decider<number, RecordRead, ClueRecordRead> = {
  initialState: () => 0,
  evolve: (reads) => reads + 1,
  decide: (command) => [
    {
      type: 'ClueRecordRead',
      data: {
        clueId: command.clueId,
        reader: command.reader,
        roles: [...command.roles],
        readAt: command.at,
      },
    },
  ],
};
