/**
 * 整改: the rectification cases of an inspection, checked before the
 * inspection's first command is sent (a case's plan lists every item of it),
 * then, once the feedback opened them, planned, signed off, reported, assessed.
 */
import type { Json } from '../../http/client';
import type { CaseRow } from '../cycle-rows';
import { caseWithoutItems, planIncomplete, planItemsUnknown } from './checks';
import {
  fieldDay,
  line,
  refusalOf,
  type CycleRun,
  type FindingEntry,
  type OpenInspection,
  type Pending,
} from './run-context';

export interface CaseEntry {
  pending: Pending<CaseRow>;
  why?: string;
}

/**
 * The case rows by village list ('' for the target's own), each checked
 * against the findings that passed theirs; a finding to sign off whose case
 * cannot open is refused with it.
 */
export function checkCases(
  run: CycleRun,
  open: OpenInspection,
  entries: FindingEntry[],
): Map<string, CaseEntry> {
  const { unit, row: insp, title } = open;
  const caseRows = new Map<string, CaseEntry>();
  for (const c of unit.cases) {
    const list = c.row.village ?? '';
    const refuseCase = (reason: string) => {
      run.refuse('cases', c.line, reason);
      if (!caseRows.has(list)) caseRows.set(list, { pending: c, why: reason });
    };
    if (caseRows.has(list)) {
      refuseCase(`${title} ${list} is on line ${caseRows.get(list)!.pending.line} already`);
      continue;
    }
    const items = entries.filter((e) => !e.why && (e.pending.row.village ?? '') === list);
    const unplanned = items.filter((e) => !e.pending.row.plan).map((e) => e.pending);
    if (!insp.row.deliveredOn) {
      refuseCase(
        `${line('inspections', insp.line)} has no 反馈日期: a case opens with the feedback`,
      );
    } else if (items.length === 0) {
      refuseCase(caseWithoutItems(`${title}${list && ` ${list}`}`));
    } else if (unplanned.length > 0) {
      refuseCase(planIncomplete(unplanned)!);
    } else caseRows.set(list, { pending: c });
  }
  for (const entry of entries.filter((e) => !e.why && e.pending.row.state === 'rectified')) {
    const list = entry.pending.row.village ?? '';
    const caseRow = caseRows.get(list);
    if (!caseRow || caseRow.why) {
      const refused = run.refusedLine('cases', unit.ordinal, { 巡察对象: unit.target, 村: list });
      const reason = caseRow
        ? `整改状态 已整改 needs the plan of ${line('cases', caseRow.pending.line)}, which was refused`
        : refused
          ? `整改状态 已整改 needs the plan of ${refused.replace(' was refused', '')}, which was refused`
          : `整改状态 已整改 needs the rectification plan: no 整改 row for ${title}${list && ` ${list}`}`;
      run.refuse('findings', entry.pending.line, reason);
      entry.why = `${line('findings', entry.pending.line)} was refused`;
    }
  }
  return caseRows;
}

/** A case refused: its findings waiting to be signed off are refused with it. */
export function failCase(
  run: CycleRun,
  c: Pending<CaseRow>,
  reason: string,
  entries: FindingEntry[],
  extra?: Json,
): void {
  run.refuse('cases', c.line, reason, extra);
  for (const e of entries) {
    if (
      e.findingId &&
      e.pending.row.village === c.row.village &&
      e.pending.row.state === 'rectified'
    ) {
      run.refuse('findings', e.pending.line, `its case (${line('cases', c.line)}) was refused`);
    }
  }
}

/** 整改: a case found at the rectification service, its plan (approved), sign-offs, report, assessment. */
export async function rectify(
  run: CycleRun,
  inspectionId: string,
  c: Pending<CaseRow>,
  entries: FindingEntry[],
): Promise<void> {
  const village = c.row.village;
  const view = await run.api.eventually(`the rectification case of line ${c.line}`, async () => {
    const cases = await run.list(
      'rectification',
      `/rectification-cases?inspectionId=${inspectionId}`,
    );
    for (const summary of cases) {
      const one = await run.get('rectification', `/rectification-cases/${summary.id}`);
      if ((one.village?.villageName ?? undefined) === village) return one;
    }
    return undefined;
  });
  const caseId = String(view.id);
  const items = view.items as Array<{ itemId: string; findingId?: string; title: string }>;
  const byFinding = new Map(entries.filter((e) => e.findingId).map((e) => [e.findingId!, e]));
  const unknown = items.filter((item) => !item.findingId || !byFinding.has(item.findingId));
  if (unknown.length > 0) {
    return failCase(run, c, planItemsUnknown(unknown.map((item) => item.title)), entries);
  }
  const replayed = view.plan?.status === 'approved';
  // The rectifying organization (the village for per-village feedback) acts within the case's
  // jurisdiction.
  const inspected = await run.ctx.token(
    'inspected',
    String(view.village?.villageId ?? view.targetId),
    String(view.jurisdiction),
  );
  const signed = entries.filter((e) => e.findingId && !e.why && e.pending.row.village === village);
  const signOffDays = signed.flatMap((e) =>
    e.pending.row.signOff ? [e.pending.row.signOff.on] : [],
  );
  // Each step on its day; a ledger without the plan's day or the report's bounds it by the
  // first later step it has (the plan is approved at the latest at the first sign-off).
  const planDay =
    c.row.planApprovedOn ??
    [...signOffDays, c.row.reportedOn, c.row.assessedOn].filter(Boolean).sort()[0];
  const reportDay = c.row.reportedOn ?? c.row.assessedOn;
  const when = (field: string, day?: string) => (day ? { [field]: fieldDay(day) } : {});
  const plan = {
    items: items.map((item) => ({
      itemId: item.itemId,
      ...byFinding.get(item.findingId!)!.pending.row.plan!,
    })),
    ...when('submittedAt', planDay),
  };
  const casePath = (p: string) => `/rectification-cases/${caseId}${p}`;
  const planned = await run.send(
    'rectification',
    casePath('/plan'),
    inspected,
    plan,
    `${c.key}:plan`,
  );
  if (!planned.ok) {
    const { reason, extra } = refusalOf(planned.status, planned.body);
    return failCase(run, c, reason, entries, extra);
  }
  const approved = await run.send(
    'rectification',
    casePath('/plan/review'),
    run.office,
    { decision: 'approve', reasons: [], ...when('reviewedAt', planDay) },
    `${c.key}:plan:approve`,
  );
  if (!approved.ok) {
    const { reason, extra } = refusalOf(approved.status, approved.body);
    return failCase(run, c, `plan review: ${reason}`, entries, extra);
  }

  for (const entry of signed.filter((e) => e.pending.row.state === 'rectified')) {
    const f = entry.pending;
    let ok = true;
    for (const item of items.filter((i) => i.findingId === entry.findingId)) {
      const sent = await run.send(
        'rectification',
        casePath(`/items/${item.itemId}/sign-off`),
        run.office,
        { evidence: f.row.signOff!.evidence, ...when('signedOffAt', f.row.signOff!.on) },
        `${f.key}:sign-off:${item.itemId}`,
      );
      if (!sent.ok) {
        run.refuseSent('findings', f.line, sent, '销号: ');
        ok = false;
        break;
      }
    }
    if (ok) run.done('findings', entry.replayed!);
  }

  if (c.row.report) {
    const sent = await run.send(
      'rectification',
      casePath('/report'),
      inspected,
      { ...c.row.report, ...when('submittedAt', reportDay) },
      `${c.key}:report`,
    );
    if (!sent.ok) return run.refuseSent('cases', c.line, sent, '整改报告: ');
  }
  if (c.row.grade) {
    const sent = await run.send(
      'rectification',
      casePath('/assessment'),
      run.office,
      { grade: c.row.grade, ...when('assessedAt', c.row.assessedOn) },
      `${c.key}:assessment`,
    );
    if (!sent.ok) return run.refuseSent('cases', c.line, sent, '成效评价: ');
  }
  run.done('cases', replayed);
}
