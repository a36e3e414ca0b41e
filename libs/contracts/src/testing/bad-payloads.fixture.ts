/**
 * Payloads every validator of the contracts must refuse: the registry's
 * examples with one thing broken. The class-validator tests check the problem
 * line names the field; the JSON Schema tests check the schema refuses them too.
 */
import { findIntegrationEvent } from '../registry';

type Step = string | number;
const REMOVE = Symbol('remove');

interface Node {
  [step: string | number]: unknown;
}

/** The example of `type` with the value at `path` replaced (or removed). */
function brokenExample(type: string, path: Step[], value: unknown): unknown {
  const definition = findIntegrationEvent(type);
  if (!definition) throw new Error(`no example for ${type}`);
  const payload = structuredClone(definition.example) as Node;
  let node = payload;
  for (const step of path.slice(0, -1)) node = node[step] as Node;
  const last = path[path.length - 1];
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return payload;
}

export interface BadPayload {
  what: string;
  type: string;
  payload: unknown;
  /** A line validateIntegrationPayload must answer. */
  problem: RegExp;
}

const ROUND = 'xuncha.planning.RoundLaunched.v1';
const TALKS = 'xuncha.inspection.TalksRecorded.v1';
const FINDING = 'xuncha.inspection.FindingRecorded.v1';
const STATIONED = 'xuncha.inspection.InspectionStationed.v1';
const CLUE_RECORDED = 'xuncha.inspection.ClueRecorded.v1';
const CLUE_STATUS = 'xuncha.clue.ClueStatusChanged.v1';
const OUTCOME = 'discipline.clue.ClueOutcomeReported.v1';
const OVERDUE = 'xuncha.rectification.RectificationOverdue.v1';
const NOTICE = 'xuncha.rectification.RectificationNotice.v1';

export const BAD_PAYLOADS: BadPayload[] = [
  {
    what: 'a missing field',
    type: ROUND,
    payload: brokenExample(ROUND, ['roundId'], REMOVE),
    problem: /^roundId: is required$/,
  },
  {
    what: 'a missing nested field',
    type: ROUND,
    payload: brokenExample(ROUND, ['teams', 1, 'targets', 0, 'headcount'], REMOVE),
    problem: /^teams\[1\]\.targets\[0\]\.headcount: is required$/,
  },
  {
    what: 'a wrong enum value',
    type: ROUND,
    payload: brokenExample(ROUND, ['kind'], 'annual'),
    problem: /^kind: must be one of the following values: regular, special, mobile, follow-up$/,
  },
  {
    what: 'a wrong enum value deep down',
    type: ROUND,
    payload: brokenExample(ROUND, ['teams', 0, 'targets', 0, 'tier'], 'province'),
    problem: /^teams\[0\]\.targets\[0\]\.tier: must be one of the following values/,
  },
  {
    what: 'a wrong value in an enum list',
    type: ROUND,
    payload: brokenExample(ROUND, ['modes'], ['elevated', 'sideways']),
    problem: /^modes: each value in modes must be one of the following values/,
  },
  {
    what: 'an unknown field',
    type: CLUE_RECORDED,
    payload: brokenExample(CLUE_RECORDED, ['personName'], '王某某'),
    problem: /^personName: is not a field of this event$/,
  },
  {
    what: 'an unknown nested field',
    type: ROUND,
    payload: brokenExample(ROUND, ['deadlines', 'graceDays'], 5),
    problem: /^deadlines\.graceDays: is not a field of this event$/,
  },
  {
    what: 'a negative count',
    type: CLUE_STATUS,
    payload: brokenExample(CLUE_STATUS, ['outcome', 'sanctionedPersons'], -1),
    problem: /^outcome\.sanctionedPersons: must not be less than 0$/,
  },
  {
    what: 'a count below its minimum',
    type: TALKS,
    payload: brokenExample(TALKS, ['count'], 0),
    problem: /^count: must not be less than 1$/,
  },
  {
    what: 'a fractional count',
    type: TALKS,
    payload: brokenExample(TALKS, ['cumulative'], 19.5),
    problem: /^cumulative: must be an integer number$/,
  },
  {
    what: 'a negative amount',
    type: OUTCOME,
    payload: brokenExample(OUTCOME, ['fundsRecovered'], -100),
    problem: /^fundsRecovered: must not be less than 0$/,
  },
  {
    what: 'null for an optional field',
    type: FINDING,
    payload: brokenExample(FINDING, ['amount'], null),
    problem: /^amount: /,
  },
  {
    what: 'a string for a number',
    type: FINDING,
    payload: brokenExample(FINDING, ['amount'], '126400.50'),
    problem: /^amount: must be a number/,
  },
  {
    what: 'a malformed id',
    type: FINDING,
    payload: brokenExample(FINDING, ['findingId'], 'F-2026-001'),
    problem: /^findingId: must be a UUID$/,
  },
  {
    what: 'a malformed jurisdiction code',
    type: FINDING,
    payload: brokenExample(FINDING, ['jurisdiction'], '61100'),
    problem: /^jurisdiction: must be a division code of 6, 9 or 12 digits$/,
  },
  {
    what: 'a date where an instant is expected',
    type: STATIONED,
    payload: brokenExample(STATIONED, ['announcedAt'], '2026-03-10'),
    problem: /^announcedAt: must be a date-time with offset/,
  },
  {
    what: 'an instant where a date is expected',
    type: STATIONED,
    payload: brokenExample(STATIONED, ['fieldStageDueBy'], '2026-04-18T00:00:00+08:00'),
    problem: /^fieldStageDueBy: must be a calendar date/,
  },
  {
    what: 'an impossible date',
    type: STATIONED,
    payload: brokenExample(STATIONED, ['fieldStageDueBy'], '2026-02-30'),
    problem: /^fieldStageDueBy: must be a valid ISO 8601 date string$/,
  },
  {
    what: 'an empty list that needs an entry',
    type: ROUND,
    payload: brokenExample(ROUND, ['teams'], []),
    problem: /^teams: must contain at least 1 elements$/,
  },
  {
    what: 'a repeated id',
    type: ROUND,
    payload: brokenExample(
      ROUND,
      ['teams', 0, 'memberIds', 1],
      '5728ba90-74a2-4c26-9466-78da59e4a7c5',
    ),
    problem: /^teams\[0\]\.memberIds: All memberIds's elements must be unique$/,
  },
  {
    what: 'an empty text',
    type: FINDING,
    payload: brokenExample(FINDING, ['title'], ''),
    problem: /^title: must be longer than or equal to 1 characters$/,
  },
  {
    what: 'a notice whose details do not match its kind',
    type: NOTICE,
    payload: brokenExample(NOTICE, ['details'], { assessed: { grade: 'poor' } }),
    problem: /^details: must hold exactly the entry overdue$/,
  },
  {
    what: 'a notice with a second details entry',
    type: NOTICE,
    payload: brokenExample(NOTICE, ['details', 'assessed'], { grade: 'poor' }),
    problem: /^details: must hold exactly the entry overdue$/,
  },
  {
    what: 'an overdue item without its id',
    type: OVERDUE,
    payload: brokenExample(OVERDUE, ['itemId'], REMOVE),
    problem: /^itemId: is required$/,
  },
  {
    what: 'an overdue plan naming an item',
    type: OVERDUE,
    payload: brokenExample(OVERDUE, ['what'], 'plan'),
    problem: /^itemId: must be absent unless what is item$/,
  },
];
