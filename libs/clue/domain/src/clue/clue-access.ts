import type { ClueRecipient } from '@xuncha/contracts';
import type { ClueFacts } from './clue.events';

/** The actors who read clues (线索): the office, the two recipients, the analyst. */
export type ClueReader = 'office' | 'discipline' | 'organization' | 'analyst';

/** What a reader is shown of a clue: the full record, the record without person and allegation, or nothing. */
export type ClueView = 'full' | 'redacted' | 'none';

/** The recipient each receiving actor answers for. */
const RECIPIENT_OF: Readonly<Partial<Record<ClueReader, ClueRecipient>>> = {
  discipline: 'discipline-commission',
  organization: 'organization-department',
};

/** A clue has left the office once transferred. */
export const SENT_STATUSES: ReadonlyArray<ClueFacts['status']> = [
  'transferred',
  'received',
  'disposed',
  'concluded',
];

/**
 * What one actor, by itself, sees of a clue of its jurisdiction: the office the full record
 * of every clue; the discipline commission and the organization department the full record
 * of the clues transferred to them and nothing else; the analyst every clue, never a name
 * or an allegation.
 */
export function clueViewOf(reader: ClueReader, facts: ClueFacts): ClueView {
  const recipient = RECIPIENT_OF[reader];
  if (recipient) {
    return facts.recipient === recipient && SENT_STATUSES.includes(facts.status) ? 'full' : 'none';
  }
  return reader === 'office' ? 'full' : 'redacted';
}

/**
 * What a caller holding several roles sees: the widest view any one of its roles grants by
 * itself. Reach and view come from the same role, so an analyst who is also the commission
 * reads in full only what was sent to the commission.
 */
export function clueViewFor(readers: readonly ClueReader[], facts: ClueFacts): ClueView {
  const views = readers.map((reader) => clueViewOf(reader, facts));
  return views.includes('full') ? 'full' : views.includes('redacted') ? 'redacted' : 'none';
}

/** The recipient a receiving actor answers for; undefined for the office and the analyst. */
export function recipientOf(reader: ClueReader): ClueRecipient | undefined {
  return RECIPIENT_OF[reader];
}
