/**
 * 巡察: one inspection (a round and a target) and everything recorded at it:
 * its findings (./findings), clues (./clues) and cases (./cases) are checked
 * before its first command (the stationing) is sent, then the field work,
 * the findings and clues, the report and feedback go in, and after it the
 * clues' handling and the rectification.
 */
import type { TalkRules } from '@xuncha/inspection-domain';
import { at } from '../../demo/support';
import { pool, type Json } from '../../http/client';
import { failCase, checkCases, rectify } from './cases';
import { caseWithoutItems, talkProblem } from './checks';
import { handleClue, recordClues } from './clues';
import { checkFindings, recordFindings } from './findings';
import {
  fieldDay,
  inspectionPath,
  line,
  refusalOf,
  roundName,
  type CycleRun,
  type OpenInspection,
  type Unit,
} from './run-context';

/** The rows of the inspection, findings, clues and cases sheets by the inspection they belong to. */
export function groupUnits(run: CycleRun): void {
  const unitOf = (ordinal: number, target: string) => {
    const id = `${ordinal}\u0000${target}`;
    if (!run.units.has(id)) {
      run.units.set(id, { ordinal, target, findings: [], clues: [], cases: [] });
    }
    return run.units.get(id)!;
  };
  for (const p of run.rows.inspections) {
    const unit = unitOf(p.row.ordinal, p.row.target);
    if (unit.inspection) {
      run.refuse(
        'inspections',
        p.line,
        `${roundName(p.row.ordinal)} ${p.row.target} is on line ${unit.inspection.line} already`,
      );
    } else unit.inspection = p;
  }
  for (const p of run.rows.findings) unitOf(p.row.ordinal, p.row.target).findings.push(p);
  for (const p of run.rows.clues) unitOf(p.row.ordinal, p.row.target).clues.push(p);
  for (const p of run.rows.cases) unitOf(p.row.ordinal, p.row.target).cases.push(p);
}

/** The inspection the launched round opened for the unit's target, or why there is none. */
async function opened(
  run: CycleRun,
  unit: Unit,
): Promise<{ open?: OpenInspection; targetId?: string; why?: string }> {
  const insp = unit.inspection!;
  const title = `${roundName(unit.ordinal)} ${unit.target}`;
  const round = run.rounds.get(unit.ordinal);
  if (!round) return { why: run.missingRound(unit.ordinal) };
  if (round.why) return { why: round.why };
  const found = run.ctx.target(unit.target, round.code!);
  if (!found.id) return { why: `巡察对象 ${found.why}` };
  const targetId = found.id;
  if (!round.targets.has(targetId)) {
    const teamLine = round.refusedTargets.get(targetId);
    return {
      why: teamLine
        ? `${line('teams', teamLine)} (its team in ${roundName(unit.ordinal)}) was refused`
        : `${unit.target} is in no team of ${roundName(unit.ordinal)} (巡察组)`,
    };
  }
  const summary = await run.api.eventually(`the inspection ${title}`, async () => {
    const page = await run.get(
      'inspection',
      `/inspections?roundId=${round.id}&targetId=${targetId}`,
    );
    return (page.items as Json[] | undefined)?.[0];
  });
  const id = String(summary.id);
  const view = await run.get('inspection', `/inspections/${id}`);
  return { open: { unit, row: insp, id, title, view }, targetId };
}

/** Stationing (the first command, the one that may be refused), talks, surveys. */
async function fieldWork(run: CycleRun, open: OpenInspection): Promise<string | undefined> {
  const { row: insp } = open;
  const r = insp.row;
  const stationed = await run.send(
    'inspection',
    inspectionPath(open, '/stationing'),
    run.office,
    { announcedAt: fieldDay(r.stationedOn), channels: r.channels },
    `${insp.key}:stationing`,
  );
  if (!stationed.ok) return failed(run, open, '', stationed);
  const steps = Object.entries(r.talks).map(([group, count]): [string, string, Json] => [
    `talks:${group}`,
    '/talks',
    { group, count, date: r.talkedOn },
  ]);
  const surveyed = (respondents: number) => ({ respondents, date: r.talkedOn });
  if (r.questionnaires) {
    steps.push(['questionnaires', '/questionnaires', surveyed(r.questionnaires)]);
  }
  if (r.evaluations) steps.push(['evaluations', '/evaluations', surveyed(r.evaluations)]);
  for (const [step, p, body] of steps) {
    const sent = await run.send(
      'inspection',
      inspectionPath(open, p),
      run.office,
      body,
      `${insp.key}:${step}`,
    );
    if (!sent.ok) return failed(run, open, `${step}: `, sent);
  }
  return undefined;
}

/** The service refused a step of the inspection row: marks it so and answers why. */
function failed(
  run: CycleRun,
  open: OpenInspection,
  what: string,
  sent: { status: number; body: Json },
): string {
  const { reason, extra } = refusalOf(sent.status, sent.body);
  run.refuse('inspections', open.row.line, `${what}${reason}`, extra);
  return `${line('inspections', open.row.line)} (${open.title}) was refused`;
}

/** Report, approval, hearing, feedback, as far as the ledger goes; a refusal answers why. */
async function laterSteps(run: CycleRun, open: OpenInspection): Promise<string | undefined> {
  const { row: insp, view } = open;
  const r = insp.row;
  const villages = (view.villages as Array<{ villageId: string }>) ?? [];
  const villageIds = villages.map((v) => v.villageId);
  const later: Array<[string, string, Json]> = [];
  if (r.report) {
    // A ledger without the report's day bounds it by the next: approved at the latest when
    // heard, or else when fed back (docs/recording-dates.md).
    const reportDay = r.reportedOn ?? r.heardOn ?? r.deliveredOn;
    const when = (field: string) => (reportDay ? { [field]: fieldDay(reportDay) } : {});
    later.push(['report', '/report', { summary: r.report, ...when('draftedAt') }]);
    later.push(['report:approve', '/report/approve', when('approvedAt')]);
  }
  if (r.heardOn) {
    const heardAt = at(r.heardOn, '15:00:00');
    // The ledger's 点人点事 cell holds the directives' texts only: matters, owner unknown.
    const directives = r.directives.map((subject) => ({ pointsAt: 'matter', subject }));
    later.push(['hearing', '/report/hearing', { heardAt, directives }]);
  }
  if (r.deliveredOn) {
    const deliveredAt = at(r.deliveredOn);
    const lists = villageIds.length > 0 ? { villageIds } : {};
    later.push(['feedback', '/feedback', { deliveredAt, copiedTo: r.copiedTo, ...lists }]);
  }
  for (const [name, p, body] of later) {
    const sent = await run.send(
      'inspection',
      inspectionPath(open, p),
      run.office,
      body,
      `${insp.key}:${name}`,
    );
    if (!sent.ok) return failed(run, open, `${name}: `, sent);
  }
  return undefined;
}

export async function importInspection(run: CycleRun, unit: Unit): Promise<void> {
  const insp = unit.inspection;
  /** The rows recorded at the inspection, refused with it. */
  const refuseAll = (why: string) => {
    for (const f of unit.findings) run.refuse('findings', f.line, why);
    for (const c of unit.clues) run.refuse('clues', c.line, why);
    for (const c of unit.cases) run.refuse('cases', c.line, why);
  };
  if (!insp) {
    return refuseAll(
      run.refusedLine('inspections', unit.ordinal, { 巡察对象: unit.target }) ??
        `${roundName(unit.ordinal)} ${unit.target} has no row in the 巡察 sheet`,
    );
  }
  const failInspection = (reason: string) => {
    run.refuse('inspections', insp.line, reason);
    refuseAll(
      `${line('inspections', insp.line)} (${roundName(unit.ordinal)} ${unit.target}) was refused`,
    );
  };
  const { open, targetId, why } = await opened(run, unit);
  if (!open) return failInspection(why!);

  // The rules the report will be held to, checked before anything is sent.
  if (insp.row.report) {
    const problem = talkProblem(open.view.target, insp.row.talks, open.view.talkRules as TalkRules);
    if (problem) return failInspection(problem);
  }
  const { entries, byRef } = await checkFindings(run, open);
  const caseRows = checkCases(run, open, entries);

  const refusedField = await fieldWork(run, open);
  if (refusedField) return refuseAll(refusedField);
  await recordFindings(run, open, entries);
  const recorded = await recordClues(run, open, byRef);
  const cases = [...caseRows.values()].filter((c) => !c.why);
  const refusedLater = await laterSteps(run, open);
  if (refusedLater) {
    for (const c of recorded) {
      if (c.pending.row.recipient) run.refuse('clues', c.pending.line, refusedLater);
      else run.done('clues', c.replayed);
    }
    for (const c of cases) failCase(run, c.pending, refusedLater, entries);
    return;
  }
  if (insp.row.deliveredOn) run.fedBack.add(targetId!);
  run.done('inspections', open.view.stationing !== null);

  await Promise.all([
    pool(recorded, 2, (clue) => handleClue(run, open.id, clue)),
    pool(cases, 1, async (c) => {
      // Findings the service refused are no items: a list left without any opens no case.
      const list = entries.filter(
        (e) => e.findingId && e.pending.row.village === c.pending.row.village,
      );
      if (list.length > 0) await rectify(run, open.id, c.pending, entries);
      else run.refuse('cases', c.pending.line, caseWithoutItems(open.title));
    }),
  ]);
}
