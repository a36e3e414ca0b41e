/**
 * Kafka topics between the services and with outside consumers (docs/architecture.md, Topics and messages).
 * Public facts go on one `*.events` topic per context; those topics feed
 * analytics, so names of people and allegation texts never go there. Records
 * that must carry them travel on the restricted topics below, read only by the
 * consumer named.
 */
export const TOPICS = {
  /** Planning facts: targets, term plans, rounds, coverage (analytics). */
  planningEvents: 'xuncha.planning.events',
  /** Inspection facts (analytics); clues appear here redacted. */
  inspectionEvents: 'xuncha.inspection.events',
  /** Restricted: full clue records from the inspection service to the clue service only. */
  inspectionClues: 'xuncha.inspection.clues',
  /** Restricted: prompts (提示) from an inspection to the discipline commission and the organization department. */
  inspectionPrompts: 'xuncha.inspection.prompts',
  /** Clue facts, redacted (analytics). */
  clueEvents: 'xuncha.clue.events',
  /** Restricted: full transfer records for the discipline commission (纪委监委). */
  clueTransfers: 'xuncha.clue.transfers',
  /** Inbound from the discipline commission: receipts (签收). */
  disciplineClueReceipts: 'discipline.clue.receipts',
  /** Inbound from the discipline commission: dispositions and outcomes. */
  disciplineClueOutcomes: 'discipline.clue.outcomes',
  /** Rectification facts (analytics). */
  rectificationEvents: 'xuncha.rectification.events',
  /** Rectification notices for the organization department (组织部). */
  rectificationNotices: 'xuncha.rectification.notices',
  /** Messages a consumer gave up on after bounded retries, with the reason. */
  deadLetter: 'xuncha.dead-letter',
  /** Restricted: audit records of every service (token use, exports, full clue reads), admins only. */
  audit: 'xuncha.audit',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const ALL_TOPICS: readonly Topic[] = Object.values(TOPICS);

/** Analytics topics: every public consumer (query service, reporting upward) may read them. */
export function isAnalyticsTopic(topic: Topic): boolean {
  return topic.startsWith('xuncha.') && topic.endsWith('.events');
}
