/** Nested shapes that more than one context's events carry. */
import { CalendarDate, Describe, Id, JurisdictionCode, OneOf, Text } from './fields';
import { INVOLVED_RANK_LABELS, INVOLVED_RANKS, type InvolvedRank } from './vocabulary';

@Describe('A span of calendar days, both ends included (起止日期)')
export class DateWindow {
  @CalendarDate('First day')
  from!: string;

  @CalendarDate('Last day')
  to!: string;
}

/**
 * The person a clue is about. Personal data: only on the restricted topics
 * (xuncha.inspection.clues, xuncha.clue.transfers), never on analytics topics.
 */
@Describe('The person a problem clue concerns (涉及人员). Personal data: restricted topics only')
export class InvolvedPerson {
  @Text('Full name (姓名)', 50)
  name!: string;

  @Text('Position held when the clue was identified (职务)', 200)
  position!: string;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Rank of the person (涉及人员层级)')
  rank!: InvolvedRank;
}

/**
 * How a step's time as it happened is described: it may be long before the event was recorded
 * (ce_time), and events published before it travelled lack it.
 */
export const happenedAsTold = (what: string) =>
  `When ${what}, as told (a ledger entered later keeps its dates); ` +
  'absent in events published before it was carried: the CloudEvent time then';

/** How a finding's or clue's village is described wherever an event carries it (巡镇带村). */
export const VILLAGE_OF_RECORD =
  'Village (村/社区) it is about, as a target id, in a township-with-villages inspection ' +
  '(巡镇带村); the village, not the township, counts it';
export const VILLAGE_WHOLE = 'That village whole: its name and jurisdiction';

@Describe(
  'A village or community (村/社区), itself a target, that gets its own problem list (分村反馈)',
)
export class Village {
  @Id('The village, as a target id')
  villageId!: string;

  @Text('Name of the village or community (村/社区名称)', 200)
  villageName!: string;

  @JurisdictionCode('Jurisdiction of the village (12 digits)')
  jurisdiction!: string;
}
