/**
 * The local checks of the ledger sheets beyond targets and cadres: term plans,
 * rounds, teams, inspections, findings, clues and rectification cases. Each
 * turns a row's cells (keyed by the canonical Chinese header) into what the
 * commands need, or into the problems that refuse the row before anything is sent.
 */
import {
  ASSESSMENT_GRADE_LABELS,
  ASSESSMENT_GRADES,
  CLUE_RECIPIENT_LABELS,
  CLUE_RECIPIENTS,
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  DISPOSITION_METHOD_LABELS,
  DISPOSITION_METHODS,
  INVOLVED_RANK_LABELS,
  INVOLVED_RANKS,
  REPORTING_CHANNEL_LABELS,
  REPORTING_CHANNELS,
  ROUND_KIND_LABELS,
  ROUND_KINDS,
  ROUND_MODE_LABELS,
  ROUND_MODES,
  TALK_GROUP_LABELS,
  TALK_GROUPS,
  type AssessmentGrade,
  type ClueRecipient,
  type DisciplineCategory,
  type DispositionMethod,
  type InvolvedRank,
  type ReportingChannel,
  type RoundKind,
  type RoundMode,
  type TalkGroup,
} from '@xuncha/contracts';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import { fromLabel, splitList, type Checked } from './rows';

const listOf = (labels: Record<string, string>, aliases: object = {}) =>
  [...Object.values(labels), ...Object.keys(aliases)].join('、');

/** Splits a cell of sentences (measures, directives) on semicolons and line breaks only. */
function splitSentences(text: string): string[] {
  return text
    .split(/[;；\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** 2022-03-05, 2022/3/5, 2022.3.5 or 2022年3月5日 as an ISO day; undefined when not a real day. */
function parseDay(text: string): string | undefined {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!match) return undefined;
  const day = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 3, 第3轮, 第三轮 or 第十二轮 as the round ordinal (1 to 1000). */
export function parseOrdinal(text: string): number | undefined {
  const core = text.trim().replace(/^第/, '').replace(/轮$/, '');
  if (/^\d+$/.test(core)) {
    const n = Number(core);
    return n >= 1 && n <= 1000 ? n : undefined;
  }
  // Chinese numerals up to 九十九: [tens]十[units].
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(core);
  if (!match || core === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
}

const YES = new Set(['是', '有', 'Y', 'y', 'yes', 'true', '√', '✓']);
const NO = new Set(['', '否', '无', 'N', 'n', 'no', 'false']);

/** Reads the cells of one row, collecting every problem instead of stopping at the first. */
class Cells {
  readonly problems: string[] = [];

  constructor(private readonly cells: Record<string, string>) {}

  text(header: string, required: boolean, max: number): string {
    const value = this.cells[header] ?? '';
    if (!value && required) this.problems.push(`${header} is empty`);
    else if (value.length > max) this.problems.push(`${header} is longer than ${max} characters`);
    return value;
  }

  day(header: string, required: boolean): string | undefined {
    const value = this.cells[header] ?? '';
    if (!value) {
      if (required) this.problems.push(`${header} is empty`);
      return undefined;
    }
    const day = parseDay(value);
    if (!day) this.problems.push(`${header} '${value}' is not a date (e.g. 2022-03-05)`);
    return day;
  }

  /** A whole number from 0; blank is undefined. */
  count(header: string): number | undefined {
    const value = this.cells[header] ?? '';
    if (!value) return undefined;
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      this.problems.push(`${header} '${value}' is not a whole number`);
      return undefined;
    }
    return Number(value);
  }

  /** An amount in yuan, from 0, at most two decimals; blank is undefined. */
  amount(header: string): number | undefined {
    const value = (this.cells[header] ?? '').replace(/[,，]/g, '');
    if (!value) return undefined;
    if (!/^\d+(\.\d{1,2})?$/.test(value)) {
      this.problems.push(
        `${header} '${this.cells[header]}' is not an amount in yuan (e.g. 12500.50)`,
      );
      return undefined;
    }
    return Number(value);
  }

  ordinal(header: string): number {
    const value = this.cells[header] ?? '';
    const ordinal = parseOrdinal(value);
    if (!value) this.problems.push(`${header} is empty`);
    else if (ordinal === undefined) {
      this.problems.push(`${header} '${value}' is not a round number (e.g. 3 or 第三轮)`);
    }
    return ordinal ?? 0;
  }

  yesNo(header: string): boolean {
    const value = this.cells[header] ?? '';
    if (YES.has(value)) return true;
    if (!NO.has(value)) this.problems.push(`${header} '${value}' is not 是 or 否`);
    return false;
  }

  oneOf<T extends string>(
    header: string,
    required: boolean,
    values: readonly T[],
    labels: Record<T, string>,
    aliases: Partial<Record<string, T>> = {},
  ): T | undefined {
    const value = this.cells[header] ?? '';
    if (!value) {
      if (required) this.problems.push(`${header} is empty`);
      return undefined;
    }
    const found = fromLabel(value, values, labels, aliases);
    if (!found) {
      this.problems.push(`${header} '${value}' is not one of ${listOf(labels, aliases)}`);
    }
    return found;
  }

  list(header: string, required: boolean): string[] {
    const items = splitList(this.cells[header] ?? '');
    if (required && items.length === 0) this.problems.push(`${header} is empty`);
    return items;
  }

  sentences(header: string): string[] {
    return splitSentences(this.cells[header] ?? '');
  }

  /** The value of `header` requires `needed` to be filled in too. */
  requires(header: string, needed: string, why = ''): void {
    if (this.cells[header] && !this.cells[needed]) {
      this.problems.push(`${header} needs ${needed}${why}`);
    }
  }

  /** `earlier` falls on or before `later` (both optional). */
  order(earlierHeader: string, earlier?: string, laterHeader?: string, later?: string): void {
    if (earlier && later && later < earlier) {
      this.problems.push(`${laterHeader} ${later} is before ${earlierHeader} ${earlier}`);
    }
  }

  result<T>(value: T): Checked<T> {
    return this.problems.length > 0 ? { ok: false, problems: this.problems } : { ok: true, value };
  }
}

// ── 巡察规划 (term plans) ──────────────────────────────────────────────────────

export interface TermPlanRow {
  name: string;
  jurisdiction: string;
  from: string;
  to: string;
  /** Target names in scope; empty: every target of the file and the registered ones under it. */
  targets: string[];
}

export function checkTermPlan(cells: Record<string, string>): Checked<TermPlanRow> {
  const c = new Cells(cells);
  const name = c.text('名称', true, 200);
  const jurisdiction = cells['区划代码'];
  if (!jurisdiction) c.problems.push('区划代码 is empty');
  else if (!isJurisdictionCode(jurisdiction)) {
    c.problems.push(`区划代码 '${jurisdiction}' is not a division code of 6, 9 or 12 digits`);
  }
  const from = c.day('开始日期', true);
  const to = c.day('结束日期', true);
  if (from && to && to <= from) c.problems.push(`结束日期 ${to} is not after 开始日期 ${from}`);
  const targets = c.list('巡察对象', false);
  return c.result({ name, jurisdiction, from: from!, to: to!, targets });
}

// ── 巡察轮次 (rounds) ──────────────────────────────────────────────────────────

export interface RoundRow {
  /** The term plan's name; blank: the file's only term plan. */
  termPlan: string;
  ordinal: number;
  kind: RoundKind;
  modes: RoundMode[];
  theme?: string;
  window: { from: string; to: string };
  /** 监督重点清单: a version id, label or catalog title; blank: the one in force. */
  catalog?: string;
}

const KIND_ALIASES: Partial<Record<string, RoundKind>> = {
  常规: 'regular',
  专项: 'special',
  机动: 'mobile',
  回头看: 'follow-up',
  '巡察"回头看"': 'follow-up',
};
const MODE_ALIASES: Partial<Record<string, RoundMode>> = {
  提级: 'elevated',
  交叉: 'cross',
  联动: 'linked',
};

export function checkRound(cells: Record<string, string>): Checked<RoundRow> {
  const c = new Cells(cells);
  const termPlan = c.text('巡察规划', false, 200);
  const ordinal = c.ordinal('轮次');
  const kindText = cells['类型'] ?? '';
  const asMode = fromLabel(kindText, ROUND_MODES, ROUND_MODE_LABELS, MODE_ALIASES);
  let kind: RoundKind | undefined;
  if (asMode) {
    // The seeds call 提级/交叉 kinds; the API makes them modes combined with a kind.
    c.problems.push(
      `类型 '${kindText}' is a 方式 (mode): put it under 方式 with a 类型 such as 常规`,
    );
  } else {
    kind = c.oneOf('类型', true, ROUND_KINDS, ROUND_KIND_LABELS, KIND_ALIASES);
  }
  const modes: RoundMode[] = [];
  for (const label of c.list('方式', false)) {
    const mode = fromLabel(label, ROUND_MODES, ROUND_MODE_LABELS, MODE_ALIASES);
    if (mode) modes.push(mode);
    else
      c.problems.push(`方式 '${label}' is not one of ${listOf(ROUND_MODE_LABELS, MODE_ALIASES)}`);
  }
  const theme = c.text('主题', false, 200);
  const from = c.day('开始日期', true);
  const to = c.day('结束日期', true);
  if (from && to && to < from) c.problems.push(`结束日期 ${to} is before 开始日期 ${from}`);
  const catalog = c.text('监督重点清单', false, 200);
  return c.result({
    termPlan,
    ordinal,
    kind: kind!,
    modes: [...new Set(modes)],
    ...(theme && { theme }),
    window: { from: from!, to: to! },
    ...(catalog && { catalog }),
  });
}

// ── 巡察组 (teams) ─────────────────────────────────────────────────────────────

export interface TeamRow {
  ordinal: number;
  leader: string;
  deputies: string[];
  liaison: string;
  members: string[];
  targets: string[];
}

export function checkTeam(cells: Record<string, string>): Checked<TeamRow> {
  const c = new Cells(cells);
  const ordinal = c.ordinal('轮次');
  const leader = c.text('组长', true, 50);
  const deputies = c.list('副组长', false);
  const liaison = c.text('联络员', true, 50);
  const members = c.list('组员', false);
  const targets = c.list('巡察对象', true);
  const names = [leader, ...deputies, liaison, ...members].filter(Boolean);
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length > 0) {
    c.problems.push(`team-cadre-repeated: ${[...new Set(twice)].join('、')} hold two places`);
  }
  return c.result({ ordinal, leader, deputies, liaison, members, targets });
}

// ── 巡察 (one inspection: one round × target) ─────────────────────────────────

export interface InspectionRow {
  ordinal: number;
  target: string;
  stationedOn: string;
  channels: ReportingChannel[];
  /** Talks per group (个别谈话), only groups with a count from 1. */
  talks: Partial<Record<TalkGroup, number>>;
  talkedOn: string;
  questionnaires?: number;
  evaluations?: number;
  /** The report's summary (巡察报告); blank: the inspection is still in the field. */
  report?: string;
  /** The day the team leader approved it (报告日期); blank: bounded by the hearing. */
  reportedOn?: string;
  heardOn?: string;
  directives: string[];
  deliveredOn?: string;
  copiedTo: string[];
}

const CHANNEL_ALIASES: Partial<Record<string, ReportingChannel>> = {
  电话: 'phone',
  信箱: 'mailbox',
  邮箱: 'email',
  举报箱: 'box',
  意见箱: 'box',
  网上举报: 'online',
  码上举报: 'online',
};

export function checkInspection(cells: Record<string, string>): Checked<InspectionRow> {
  const c = new Cells(cells);
  const ordinal = c.ordinal('轮次');
  const target = c.text('巡察对象', true, 200);
  const stationedOn = c.day('进驻日期', true);
  const channels: ReportingChannel[] = [];
  for (const label of c.list('举报渠道', true)) {
    const channel = fromLabel(label, REPORTING_CHANNELS, REPORTING_CHANNEL_LABELS, CHANNEL_ALIASES);
    if (channel) channels.push(channel);
    else {
      c.problems.push(
        `举报渠道 '${label}' is not one of ${listOf(REPORTING_CHANNEL_LABELS, CHANNEL_ALIASES)}`,
      );
    }
  }
  const talks: Partial<Record<TalkGroup, number>> = {};
  for (const group of TALK_GROUPS) {
    const count = c.count(TALK_GROUP_LABELS[group]);
    if (count) talks[group] = count;
  }
  const talkedOn = c.day('谈话日期', false);
  const questionnaires = c.count('问卷人数');
  const evaluations = c.count('测评人数');
  const report = c.text('巡察报告', false, 20000);
  const reportedOn = c.day('报告日期', false);
  c.requires('报告日期', '巡察报告');
  const heardOn = c.day('听取日期', false);
  const deliveredOn = c.day('反馈日期', false);
  c.requires('听取日期', '巡察报告', ': the secretary meeting hears a report');
  c.requires('点人点事', '听取日期', ': directives are given at the hearing');
  c.requires('反馈日期', '听取日期', ' (report-not-heard: feedback follows the hearing)');
  c.requires('抄送', '反馈日期');
  const directives = c.sentences('点人点事');
  const copiedTo = c.list('抄送', false);
  // The hearing and the feedback come after the field work: their limits are checked up front.
  if (directives.length > 100 || directives.some((d) => d.length > 1000)) {
    c.problems.push('点人点事 has more than 100 directives or one longer than 1000 characters');
  }
  if (copiedTo.length > 50 || copiedTo.some((d) => d.length > 200)) {
    c.problems.push('抄送 names more than 50 recipients or one longer than 200 characters');
  }
  c.order('进驻日期', stationedOn, '谈话日期', talkedOn);
  c.order('进驻日期', stationedOn, '听取日期', heardOn);
  c.order('听取日期', heardOn, '反馈日期', deliveredOn);
  return c.result({
    ordinal,
    target,
    stationedOn: stationedOn!,
    channels: [...new Set(channels)],
    talks,
    talkedOn: talkedOn ?? stationedOn!,
    ...(questionnaires && { questionnaires }),
    ...(evaluations && { evaluations }),
    ...(report && { report }),
    ...(reportedOn && { reportedOn }),
    ...(heardOn && { heardOn }),
    directives,
    ...(deliveredOn && { deliveredOn }),
    copiedTo,
  });
}

// ── 问题 (findings, with their rectification state) ────────────────────────────

/** 整改状态: blank or 未整改 (open), 整改中 (rectifying), 已整改/已销号 (signed off). */
export type RectificationState = 'open' | 'rectifying' | 'rectified';
const STATE_LABELS: Record<string, RectificationState> = {
  未整改: 'open',
  整改中: 'rectifying',
  基本完成: 'rectifying',
  已整改: 'rectified',
  已销号: 'rectified',
  销号: 'rectified',
};

export interface FindingRow {
  ordinal: number;
  target: string;
  /** 编号: how the 线索 sheet refers to the finding (unique within its inspection). */
  ref: string;
  /** The village (村) whose problem list it goes on, in a township-with-villages inspection. */
  village?: string;
  title: string;
  description: string;
  /** 监督重点: an item code or wording of the round's catalog, resolved when the round is known. */
  focusItem: string;
  rank: InvolvedRank;
  amount?: number;
  immediate: boolean;
  /** The day the team found it (发现日期); blank: the inspection's 进驻日期. */
  foundOn?: string;
  state: RectificationState;
  plan?: { measures: string[]; responsible: string; deadline: string };
  signOff?: { on: string; evidence: string };
}

const RANK_ALIASES: Partial<Record<string, InvolvedRank>> = {
  领导班子成员: 'leadership',
  科级: 'section',
  无: 'none',
  不涉及: 'none',
};

export function checkFinding(cells: Record<string, string>): Checked<FindingRow> {
  const c = new Cells(cells);
  const ordinal = c.ordinal('轮次');
  const target = c.text('巡察对象', true, 200);
  const ref = c.text('编号', false, 50);
  const village = c.text('村', false, 200);
  const title = c.text('问题', true, 300);
  const description = c.text('问题描述', false, 5000) || title;
  const focusItem = c.text('监督重点', true, 500);
  const rank = c.oneOf('涉及层级', true, INVOLVED_RANKS, INVOLVED_RANK_LABELS, RANK_ALIASES);
  const amount = c.amount('金额');
  const immediate = c.yesNo('立行立改');
  const foundOn = c.day('发现日期', false);
  const stateText = cells['整改状态'] ?? '';
  const state = stateText
    ? Object.hasOwn(STATE_LABELS, stateText)
      ? STATE_LABELS[stateText]
      : undefined
    : 'open';
  if (!state) {
    c.problems.push(
      `整改状态 '${stateText}' is not one of ${Object.keys(STATE_LABELS).join('、')}`,
    );
  }
  const measures = c.sentences('整改措施');
  if (measures.length > 50 || measures.some((m) => m.length > 1000)) {
    c.problems.push('整改措施 has more than 50 measures or one longer than 1000 characters');
  }
  const responsible = c.text('责任人', false, 200);
  const deadline = c.day('整改时限', false);
  const signedOffOn = c.day('销号日期', false);
  const evidence = c.text('销号依据', false, 1900);
  if (state === 'rectified') {
    // Signing off (销号) needs the date and the evidence the office verified.
    if (!cells['销号日期']) c.problems.push(`整改状态 ${stateText} needs 销号日期`);
    if (!evidence) c.problems.push(`整改状态 ${stateText} needs 销号依据 (evidence)`);
  } else if (cells['销号日期'] || evidence) {
    c.problems.push(
      `销号日期 and 销号依据 belong to 整改状态 已整改, not '${stateText || '未整改'}'`,
    );
  }
  const planned = measures.length > 0 && responsible && deadline;
  return c.result({
    ordinal,
    target,
    ref,
    ...(village && { village }),
    title,
    description,
    focusItem,
    rank: rank!,
    ...(amount !== undefined && { amount }),
    immediate,
    ...(foundOn && { foundOn }),
    state: state!,
    ...(planned && { plan: { measures, responsible, deadline } }),
    ...(state === 'rectified' && {
      signOff: { on: signedOffOn!, evidence: `${evidence}（销号日期 ${signedOffOn}）` },
    }),
  });
}

/** The plan columns a finding row lacks (the screening rule 过筛子 of the case's plan). */
export function missingPlan(cells: Record<string, string>): string[] {
  return ['整改措施', '责任人', '整改时限'].filter((header) => !cells[header]);
}

// ── 线索 (clues and how they were handled) ─────────────────────────────────────

export interface ClueRow {
  ordinal: number;
  target: string;
  /** The 编号 of the finding it comes from; blank: a clue of its own. */
  findingRef: string;
  /** The village it is about (巡镇带村); blank: its finding's, or the target itself. */
  village?: string;
  person: { name: string; position: string; rank: InvolvedRank };
  allegation: string;
  discipline: DisciplineCategory;
  urgent: boolean;
  recipient?: ClueRecipient;
  note: string;
  /** The days each step happened, where the ledger has them (see docs/recording-dates.md). */
  identifiedOn?: string;
  assessedOn?: string;
  transferredOn?: string;
  receivedOn?: string;
  method?: DispositionMethod;
  decidedOn?: string;
  reportedOn?: string;
  outcome?: {
    caseFiled: boolean;
    sanctionedPersons: number;
    judicialTransfers: number;
    organizationalHandling: number;
    fundsRecovered: number;
    final: boolean;
  };
}

const DISCIPLINE_ALIASES: Partial<Record<string, DisciplineCategory>> = {
  政治: 'political',
  组织: 'organizational',
  廉洁: 'integrity',
  群众: 'mass',
  工作: 'work',
  生活: 'life',
  违法: 'law',
};
const RECIPIENT_ALIASES: Partial<Record<string, ClueRecipient>> = {
  纪委监委: 'discipline-commission',
  纪委: 'discipline-commission',
  组织部: 'organization-department',
  其他: 'other-authority',
};
const OUTCOME_HEADERS = ['立案', '处分人数', '移送司法', '组织处理', '追缴金额', '办结'];

export function checkClue(cells: Record<string, string>): Checked<ClueRow> {
  const c = new Cells(cells);
  const ordinal = c.ordinal('轮次');
  const target = c.text('巡察对象', true, 200);
  const findingRef = c.text('问题编号', false, 50);
  const village = c.text('村', false, 200);
  const name = c.text('姓名', true, 50);
  const position = c.text('职务', true, 200);
  const rank = c.oneOf('职级', true, INVOLVED_RANKS, INVOLVED_RANK_LABELS, RANK_ALIASES);
  const allegation = c.text('线索内容', true, 5000);
  const discipline = c.oneOf(
    '违纪类别',
    true,
    DISCIPLINE_CATEGORIES,
    DISCIPLINE_CATEGORY_LABELS,
    DISCIPLINE_ALIASES,
  );
  const urgent = c.yesNo('紧急');
  const recipient = c.oneOf(
    '移交对象',
    false,
    CLUE_RECIPIENTS,
    CLUE_RECIPIENT_LABELS,
    RECIPIENT_ALIASES,
  );
  const note = c.text('会商意见', false, 2000);
  const identifiedOn = c.day('发现日期', false);
  const assessedOn = c.day('会商日期', false);
  const transferredOn = c.day('移交日期', false);
  const receivedOn = c.day('签收日期', false);
  const method = c.oneOf('处置方式', false, DISPOSITION_METHODS, DISPOSITION_METHOD_LABELS);
  const decidedOn = c.day('处置日期', false);
  const reportedOn = c.day('报告日期', false);
  c.requires('会商日期', '移交对象');
  c.requires('移交日期', '移交对象');
  c.requires('处置日期', '处置方式');
  c.requires('会商意见', '移交对象');
  c.requires(
    '签收日期',
    '移交对象',
    ' (clue-not-transferred: only a transferred clue is signed for)',
  );
  c.requires('处置方式', '签收日期', ' (clue-not-received: no disposition before receipt)');
  const caseFiled = c.yesNo('立案');
  const sanctionedPersons = c.count('处分人数') ?? 0;
  const judicialTransfers = c.count('移送司法') ?? 0;
  const organizationalHandling = c.count('组织处理') ?? 0;
  const fundsRecovered = c.amount('追缴金额') ?? 0;
  const final = c.yesNo('办结');
  const reported = OUTCOME_HEADERS.some((header) => cells[header] && !NO.has(cells[header]));
  if (reported && !cells['签收日期']) {
    c.problems.push('clue-not-received: outcome figures (立案 … 办结) need 签收日期');
  }
  return c.result({
    ordinal,
    target,
    findingRef,
    ...(village && { village }),
    person: { name, position, rank: rank! },
    allegation,
    discipline: discipline!,
    urgent,
    ...(recipient && { recipient }),
    note: note || (recipient ? `经集体会商，移交${CLUE_RECIPIENT_LABELS[recipient]}处置。` : ''),
    ...(identifiedOn && { identifiedOn }),
    ...(assessedOn && { assessedOn }),
    ...(transferredOn && { transferredOn }),
    ...(receivedOn && { receivedOn }),
    ...(method && { method }),
    ...(decidedOn && { decidedOn }),
    ...(reportedOn && { reportedOn }),
    ...(reported && {
      outcome: {
        caseFiled,
        sanctionedPersons,
        judicialTransfers,
        organizationalHandling,
        fundsRecovered,
        final,
      },
    }),
  });
}

// ── 整改 (one rectification case: plan approved, report, assessment) ──────────

export interface CaseRow {
  ordinal: number;
  target: string;
  /** The village whose own case it is (per-village feedback); blank: the target's case. */
  village?: string;
  /** The day the plan was approved (方案审核日期); blank: bounded by the first later step. */
  planApprovedOn?: string;
  report?: { summary: string; rulesEstablished: number; fundsRecovered: number };
  /** The day the report was submitted (报送日期); blank: bounded by the assessment. */
  reportedOn?: string;
  grade?: AssessmentGrade;
  assessedOn?: string;
}

export function checkCase(cells: Record<string, string>): Checked<CaseRow> {
  const c = new Cells(cells);
  const ordinal = c.ordinal('轮次');
  const target = c.text('巡察对象', true, 200);
  const village = c.text('村', false, 200);
  const summary = c.text('整改报告', false, 20000);
  const rulesEstablished = c.count('建章立制') ?? 0;
  const fundsRecovered = c.amount('追缴资金') ?? 0;
  const grade = c.oneOf('成效评价', false, ASSESSMENT_GRADES, ASSESSMENT_GRADE_LABELS);
  const planApprovedOn = c.day('方案审核日期', false);
  const reportedOn = c.day('报送日期', false);
  const assessedOn = c.day('评估日期', false);
  c.requires('报送日期', '整改报告');
  c.requires('评估日期', '成效评价');
  c.requires('建章立制', '整改报告');
  c.requires('追缴资金', '整改报告');
  c.requires('成效评价', '整改报告', ' (assessment-before-report: the report is assessed)');
  return c.result({
    ordinal,
    target,
    ...(village && { village }),
    ...(planApprovedOn && { planApprovedOn }),
    ...(summary && { report: { summary, rulesEstablished, fundsRecovered } }),
    ...(reportedOn && { reportedOn }),
    ...(grade && { grade }),
    ...(assessedOn && { assessedOn }),
  });
}
