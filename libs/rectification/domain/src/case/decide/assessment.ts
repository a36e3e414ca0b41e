import { RuleViolation } from '@xuncha/platform-kernel';
import type {
  AssessRectification,
  CloseCase,
  RecordAdmonishment,
  RecordSupervisionNote,
} from '../case.commands';
import type { RectificationCaseEvent } from '../case.events';
import type { CaseStep, RectificationCaseState } from '../case.state';
import { inProgress, notice } from './checks';
import { stepAt } from './timeline';

export function assessRectification(
  state: RectificationCaseState,
  command: AssessRectification,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.reportStatus !== 'submitted' && state.reportStatus !== 'accepted') {
    throw new RuleViolation(
      'assessment-before-report',
      'effectiveness is assessed on a submitted report',
    );
  }
  if (state.grade !== undefined) {
    throw new RuleViolation('already-assessed', 'this report was assessed already');
  }
  const assessedAt = stepAt(state, 'assessment', command.assessedAt, at, [
    'report submission',
    'report review',
  ]);
  return [
    {
      type: 'RectificationAssessed',
      data: {
        caseId,
        grade: command.grade,
        ...(command.note !== undefined && { note: command.note }),
        assessedAt,
      },
    },
    notice(state, 'assessed', assessedAt, { assessed: { grade: command.grade } }),
  ];
}

export function recordAdmonishment(
  state: RectificationCaseState,
  command: RecordAdmonishment,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.grade !== 'poor') {
    throw new RuleViolation(
      'admonishment-requires-poor',
      'admonishment talks (约谈) follow a poor (较差) assessment',
    );
  }
  return [
    {
      type: 'AdmonishmentRecorded',
      data: {
        caseId,
        heldOn: command.heldOn,
        leaders: command.leaders,
        ...(command.note !== undefined && { note: command.note }),
        recordedAt: at,
      },
    },
    notice(state, 'admonishment', at, {
      admonishment: { heldOn: command.heldOn, admonishedCount: command.leaders.length },
    }),
  ];
}

export function recordSupervisionNote(
  state: RectificationCaseState,
  command: RecordSupervisionNote,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  return [
    {
      type: 'SupervisionNoteRecorded',
      data: { caseId, by: command.by, note: command.note, recordedAt: at },
    },
  ];
}

export function closeCase(
  state: RectificationCaseState,
  command: CloseCase,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.grade === undefined) {
    throw new RuleViolation('close-before-assessment', 'a case closes after its assessment');
  }
  const items = Object.values(state.items);
  const counts = {
    itemCount: items.length,
    rectifiedCount: items.filter((i) => i.signedOff).length,
  };
  const signOffs = items.flatMap((i) =>
    i.signedOffAt ? [{ step: 'sign-off', at: i.signedOffAt }] : [],
  );
  const closedAt = stepAt(
    state,
    'closing',
    command.closedAt,
    at,
    // After everything that happened in it.
    Object.keys(state.steps) as CaseStep[],
    signOffs,
  );
  return [
    { type: 'RectificationCaseClosed', data: { caseId, ...counts, closedAt } },
    notice(state, 'closed', closedAt, { closed: counts }),
  ];
}
