/** 问题: the findings of an inspection, checked against its catalog and villages, then recorded. */
import type { Json } from '../../http/client';
import { classified, unknownFocusItem, unknownVillage } from './checks';
import {
  fieldDay,
  inspectionPath,
  line,
  type CycleRun,
  type FindingEntry,
  type OpenInspection,
} from './run-context';

export interface CheckedFindings {
  /** Every finding row of the inspection, in order (refused ones carry `why`). */
  entries: FindingEntry[];
  /** The first finding row of each 编号. */
  byRef: Map<string, FindingEntry>;
}

export async function checkFindings(run: CycleRun, open: OpenInspection): Promise<CheckedFindings> {
  const { unit, view } = open;
  const byRef = new Map<string, FindingEntry>();
  const entries: FindingEntry[] = [];
  const villages = (view.villages as Array<{ villageId: string; villageName: string }>) ?? [];
  const catalog = await run.catalogVersion(String(view.catalogVersion));
  for (const f of unit.findings) {
    const entry: FindingEntry = { pending: f };
    const problems: string[] = [];
    const item = catalog && classified(catalog, f.row.focusItem);
    if (item) entry.focusItem = item;
    else problems.push(unknownFocusItem(f.row.focusItem, String(view.catalogVersion)));
    if (f.row.village) {
      const village = villages.find((v) => v.villageName === f.row.village);
      if (village) entry.villageId = village.villageId;
      else {
        problems.push(
          unknownVillage(
            f.row.village,
            villages.map((v) => v.villageName),
          ),
        );
      }
    }
    if (f.row.ref && byRef.has(f.row.ref)) {
      problems.push(`编号 '${f.row.ref}' is on line ${byRef.get(f.row.ref)!.pending.line} already`);
    }
    if (problems.length > 0) {
      run.refuse('findings', f.line, problems.join('; '));
      entry.why = `${line('findings', f.line)} was refused`;
    }
    if (f.row.ref && !byRef.has(f.row.ref)) byRef.set(f.row.ref, entry);
    entries.push(entry);
  }
  return { entries, byRef };
}

/** Each finding that passed its checks, and its immediate item (立行立改). */
export async function recordFindings(
  run: CycleRun,
  open: OpenInspection,
  entries: FindingEntry[],
): Promise<void> {
  const before = new Set(((open.view.findings as Json[]) ?? []).map((f) => String(f.findingId)));
  for (const entry of entries.filter((e) => !e.why)) {
    const { pending: f } = entry;
    // Found on its 发现日期, else during the field work from the day the team stationed.
    const foundAt = fieldDay(f.row.foundOn ?? open.row.row.stationedOn);
    const sent = await run.send(
      'inspection',
      inspectionPath(open, '/findings'),
      run.office,
      {
        title: f.row.title,
        description: f.row.description,
        focusItem: entry.focusItem,
        involvedRank: f.row.rank,
        ...(f.row.amount !== undefined && { amount: f.row.amount }),
        ...(entry.villageId && { villageId: entry.villageId }),
        foundAt,
      },
      `${f.key}:finding`,
    );
    if (!sent.ok) {
      run.refuseSent('findings', f.line, sent);
      entry.why = `${line('findings', f.line)} was refused`;
      continue;
    }
    entry.findingId = String(sent.body.findingId);
    entry.replayed = before.has(entry.findingId);
    if (f.row.immediate) {
      const item = await run.send(
        'inspection',
        inspectionPath(open, '/immediate-items'),
        run.office,
        {
          title: `立行立改：${f.row.title}`.slice(0, 300),
          findingId: entry.findingId,
          assignedAt: foundAt,
        },
        `${f.key}:immediate`,
      );
      if (!item.ok) {
        run.refuseSent('findings', f.line, item, '立行立改: ');
        entry.why = `${line('findings', f.line)} was refused`;
        continue;
      }
    }
    // A finding to sign off counts as in once its sign-off went in too.
    if (f.row.state !== 'rectified') run.done('findings', entry.replayed);
  }
}
