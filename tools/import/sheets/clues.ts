/**
 * 线索: the clues of an inspection, recorded at it (those that are not urgent go
 * out with the approved report), then at the clue service: joint review,
 * transfer, receipt, disposition, outcome, as far as the ledger goes.
 */
import type { Json } from '../../http/client';
import { at } from '../../demo/support';
import type { ClueRow } from '../cycle-rows';
import { unknownVillage } from './checks';
import {
  fieldDay,
  inspectionPath,
  line,
  type CycleRun,
  type FindingEntry,
  type OpenInspection,
  type Pending,
} from './run-context';

export interface RecordedClue {
  pending: Pending<ClueRow>;
  clueId: string;
  /** The clue was there from an earlier run. */
  replayed: boolean;
}

/** Records the inspection's clue rows, each naming a finding of it by 编号 if any. */
export async function recordClues(
  run: CycleRun,
  open: OpenInspection,
  findings: Map<string, FindingEntry>,
): Promise<RecordedClue[]> {
  const { unit, row: insp, title } = open;
  const r = insp.row;
  const before = new Set(((open.view.clues as Json[]) ?? []).map((c) => String(c.clueId)));
  const recorded: RecordedClue[] = [];
  const villages = (open.view.villages as Array<{ villageId: string; villageName: string }>) ?? [];
  for (const c of unit.clues) {
    let findingId: string | undefined;
    if (c.row.findingRef) {
      const entry = findings.get(c.row.findingRef);
      if (!entry) {
        const refused = run.refusedLine('findings', unit.ordinal, {
          巡察对象: unit.target,
          编号: c.row.findingRef,
        });
        run.refuse(
          'clues',
          c.line,
          `问题编号 '${c.row.findingRef}'` +
            (refused ? `: ${refused}` : ` names no 问题 row of ${title}`),
        );
        continue;
      }
      if (entry.why || !entry.findingId) {
        run.refuse('clues', c.line, `问题编号 '${c.row.findingRef}': ${entry.why}`);
        continue;
      }
      findingId = entry.findingId;
    }
    let villageId: string | undefined;
    if (c.row.village) {
      const village = villages.find((v) => v.villageName === c.row.village);
      if (!village) {
        const names = villages.map((v) => v.villageName);
        run.refuse('clues', c.line, unknownVillage(c.row.village, names));
        continue;
      }
      villageId = village.villageId;
    }
    if (c.row.recipient && !c.row.urgent && !r.report) {
      run.refuse(
        'clues',
        c.line,
        `移交对象 needs the clue at the clue service: a clue that is not 紧急 goes out with ` +
          `the approved report, and ${line('inspections', insp.line)} has no 巡察报告`,
      );
      continue;
    }
    const sent = await run.send(
      'inspection',
      inspectionPath(open, '/clues'),
      run.office,
      {
        ...(findingId && { findingId }),
        ...(villageId && { villageId }),
        person: c.row.person,
        allegation: c.row.allegation,
        discipline: c.row.discipline,
        urgent: c.row.urgent,
        // Found during the field work: on its day, else the day the team stationed.
        identifiedAt: fieldDay(c.row.identifiedOn ?? r.stationedOn),
      },
      `${c.key}:clue`,
    );
    if (!sent.ok) {
      run.refuseSent('clues', c.line, sent);
      continue;
    }
    const clueId = String(sent.body.clueId);
    recorded.push({ pending: c, clueId, replayed: before.has(clueId) });
  }
  return recorded;
}

/** A recorded clue's handling at the clue service, by the office and the recipient. */
export async function handleClue(
  run: CycleRun,
  inspectionId: string,
  { pending: c, clueId, replayed }: RecordedClue,
): Promise<void> {
  const { recipient, receivedOn, method, outcome } = c.row;
  // A ledger that has only a later step's day bounds the earlier ones: a clue is transferred
  // at the latest when it is signed for, and assessed at the latest when it is transferred.
  const transferredOn = c.row.transferredOn ?? receivedOn;
  const assessedOn = c.row.assessedOn ?? transferredOn;
  const when = (field: string, day?: string) => (day ? { [field]: at(day) } : {});
  if (!recipient) return run.done('clues', replayed);
  await run.api.eventually(`clue ${clueId} at the clue service`, async () => {
    const items = await run.list('clue', `/clues?inspectionId=${inspectionId}`);
    return items.some((item) => String(item.id) === clueId);
  });
  const handler =
    recipient === 'discipline-commission'
      ? await run.ctx.token('discipline')
      : recipient === 'organization-department'
        ? await run.ctx.token('organization')
        : run.office;
  const steps: Array<[string, string, Json] | false> = [
    ['assessment', run.office, { recipient, note: c.row.note, ...when('assessedAt', assessedOn) }],
    ['transfer', run.office, when('transferredAt', transferredOn)],
    !!receivedOn && ['receipt', handler, { receivedAt: at(receivedOn!) }],
    !!method && ['disposition', handler, { method, ...when('decidedAt', c.row.decidedOn) }],
    !!outcome && ['outcome', handler, { ...outcome!, ...when('reportedAt', c.row.reportedOn) }],
  ];
  for (const step of steps) {
    if (!step) continue;
    const [name, as, body] = step;
    // The content is part of the key: figures reported again as they grew go in as new reports.
    const key =
      name === 'outcome' ? `${c.key}:outcome:${JSON.stringify(body)}` : `${c.key}:${name}`;
    const sent = await run.send('clue', `/clues/${clueId}/${name}`, as, body, key);
    if (!sent.ok) return run.refuseSent('clues', c.line, sent, `${name}: `);
  }
  run.done('clues', replayed);
}
