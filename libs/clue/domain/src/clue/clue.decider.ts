import { DISPOSITION_METHODS, type DispositionMethod } from '@xuncha/contracts';
import {
  AggregateNotFound,
  RuleViolation,
  addMonths,
  chinaDay,
  happenedAt,
  decideBy,
  type CommandHandlers,
  type Decider,
  type PreviousStep,
} from '@xuncha/platform-kernel';
import {
  DEFAULT_RESULT_MONTHS,
  type AcknowledgeReceipt,
  type AssessClue,
  type ClueCommand,
  type DecideDisposition,
  type ErasePersonalData,
  type RaiseOverdue,
  type RegisterClue,
  type ReportOutcome,
  type TransferClue,
} from './clue.commands';
import {
  whenItHappened,
  type ClueEvent,
  type ClueFacts,
  type ClueRegistered,
  type OutcomeFigures,
} from './clue.events';

export interface ClueState {
  readonly registered?: ClueRegistered['data'];
  /** The redacted state as of the last event. */
  readonly facts?: ClueFacts;
  readonly assessmentNote?: string;
  /** The due day an overdue was raised for: one 督办 per due day. */
  readonly overdueFor?: string;
  /** Set once CluePersonalDataErased is recorded. */
  readonly personalDataErased?: { readonly at: string; readonly reason: string };
  /** The last step that happened and when: the next one cannot come before it. */
  readonly lastStep?: PreviousStep;
}

/**
 * True once the clue's personal data is gone: the erasure was recorded, or the store found
 * its key erased (the fact may lag the key, e.g. a crash between the two).
 */
export function isPersonalDataErased(state: ClueState): boolean {
  return !!state.personalDataErased || state.registered?.personalDataErased === true;
}

const initialState = (): ClueState => ({});

/** The steps a later one must not come before (an outcome may repeat: it is no such step). */
const STEPS: Partial<Record<ClueEvent['type'], string>> = {
  ClueRegistered: 'identification',
  ClueAssessed: 'assessment',
  ClueTransferred: 'transfer',
  ClueReceived: 'receipt',
  ClueDisposed: 'disposition',
};

function evolve(state: ClueState, event: ClueEvent): ClueState {
  const step = STEPS[event.type];
  const next = evolveFacts(state, event);
  return step ? { ...next, lastStep: { step, at: whenItHappened(event) } } : next;
}

function evolveFacts(state: ClueState, event: ClueEvent): ClueState {
  switch (event.type) {
    case 'ClueRegistered':
      return { registered: event.data, facts: event.data.facts };
    case 'ClueAssessed':
      return { ...state, facts: event.data.facts, assessmentNote: event.data.note };
    case 'ClueOverdueRaised':
      return { ...state, facts: event.data.facts, overdueFor: event.data.dueBy };
    case 'CluePersonalDataErased':
      return {
        ...state,
        facts: event.data.facts,
        personalDataErased: { at: event.data.erasedAt, reason: event.data.reason },
      };
    default:
      return { ...state, facts: event.data.facts };
  }
}

/** The ledger number (移交编号) of a transfer: the year and the clue id's first 8 hex digits. */
export function transferNumberOf(clueId: string, transferredAt: string): string {
  const year = chinaDay(transferredAt).slice(0, 4);
  return `XC-${year}-${clueId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

const isMethod = (method: string): method is DispositionMethod =>
  (DISPOSITION_METHODS as readonly string[]).includes(method);

/** A command on a registered clue finds it registered: only registration comes before. */
function registeredOf(state: ClueState): { registered: ClueRegistered['data']; facts: ClueFacts } {
  const { registered, facts } = state;
  if (!registered || !facts) throw new AggregateNotFound('clue', '(unregistered)');
  return { registered, facts };
}

/** Every command but erasure checks the clue is not concluded. */
function inWork(state: ClueState): { registered: ClueRegistered['data']; facts: ClueFacts } {
  const found = registeredOf(state);
  const clueId = found.registered.clueId;
  if (found.facts.status === 'concluded') {
    throw new RuleViolation(
      'clue-concluded',
      `clue ${clueId} is concluded (办结): it is closed to changes`,
      {
        clueId,
      },
    );
  }
  return found;
}

function assess(state: ClueState, command: AssessClue): ClueEvent[] {
  const { registered, facts } = inWork(state);
  const clueId = registered.clueId;
  if (facts.status !== 'registered' && facts.status !== 'assessed') {
    throw alreadyTransferred(clueId);
  }
  const next = { ...facts, status: 'assessed' as const, recipient: command.recipient };
  // A second assessment revises the first: it follows the identification, not itself.
  const assessedAt = happenedAt('assessment', command.assessedAt, command.at, {
    step: 'identification',
    at: registered.identifiedAt,
  });
  return [
    {
      type: 'ClueAssessed',
      data: { recipient: command.recipient, note: command.note, assessedAt, facts: next },
    },
  ];
}

function erase(state: ClueState, command: ErasePersonalData): ClueEvent[] {
  // Erasure is open in every status: retention ends most often after conclusion.
  const { facts } = registeredOf(state);
  if (state.personalDataErased) return [];
  return [
    {
      type: 'CluePersonalDataErased',
      data: { erasedAt: command.at, reason: command.reason, facts },
    },
  ];
}

function register(state: ClueState, command: RegisterClue): ClueEvent[] {
  // The id comes from the inspection's clue id: a redelivered ClueIdentified registers nothing.
  if (state.registered) return [];
  const { origin, person, discipline } = command;
  return [
    {
      type: 'ClueRegistered',
      data: {
        clueId: command.id,
        source: command.source,
        ...(command.petitionId && { petitionId: command.petitionId }),
        origin,
        person,
        allegation: command.allegation,
        discipline,
        urgent: command.urgent,
        evidenceRefs: [...command.evidenceRefs],
        identifiedAt: command.identifiedAt ?? command.at,
        registeredAt: command.at,
        facts: {
          inspectionId: origin.inspectionId,
          targetId: origin.targetId,
          jurisdiction: origin.jurisdiction,
          tier: origin.tier,
          involvedRank: person.rank,
          discipline,
          status: 'registered',
        },
      },
    },
  ];
}

function transfer(state: ClueState, command: TransferClue): ClueEvent[] {
  const { registered, facts } = inWork(state);
  const clueId = registered.clueId;
  if (facts.status === 'registered') {
    throw new RuleViolation(
      'clue-not-assessed',
      `clue ${clueId} has not been jointly reviewed (集体会商): assess it before transferring`,
      { clueId },
    );
  }
  if (facts.status !== 'assessed') throw alreadyTransferred(clueId);
  if (isPersonalDataErased(state)) {
    throw new RuleViolation(
      'clue-personal-data-erased',
      `the personal data of clue ${clueId} was erased: there is no record left to transfer`,
      { clueId },
    );
  }
  const transferredAt = happenedAt('transfer', command.transferredAt, command.at, state.lastStep);
  const transferDay = chinaDay(transferredAt);
  // As told, else the jurisdiction's period for the round (线索办理结果时限), else the default.
  const months = registered.origin.resultMonths ?? DEFAULT_RESULT_MONTHS;
  const resultDueBy = command.resultDueBy ?? addMonths(transferDay, months);
  if (resultDueBy <= transferDay) {
    throw new RuleViolation(
      'due-date-not-after-transfer',
      `the result due day ${resultDueBy} must come after the transfer day ${transferDay}`,
      { clueId, resultDueBy },
    );
  }
  const transferNumber = transferNumberOf(clueId, transferredAt);
  const recipient = facts.recipient!;
  return [
    {
      type: 'ClueTransferred',
      data: {
        transferNumber,
        recipient,
        transferredAt,
        resultDueBy,
        origin: registered.origin,
        person: registered.person,
        allegation: registered.allegation,
        discipline: registered.discipline,
        urgent: registered.urgent,
        evidenceRefs: registered.evidenceRefs,
        assessmentNote: state.assessmentNote ?? '',
        facts: { ...facts, status: 'transferred', transferNumber, dueBy: resultDueBy },
      },
    },
  ];
}

function assertTransferNumber(facts: ClueFacts, quoted: string | undefined, clueId: string): void {
  if (quoted !== undefined && quoted !== facts.transferNumber) {
    throw new RuleViolation(
      'transfer-number-mismatch',
      `transfer number ${quoted} is not the one of clue ${clueId} (${facts.transferNumber ?? 'none'})`,
      { clueId },
    );
  }
}

function receive(state: ClueState, command: AcknowledgeReceipt): ClueEvent[] {
  const { registered, facts } = inWork(state);
  const clueId = registered.clueId;
  if (facts.status === 'registered' || facts.status === 'assessed') {
    throw new RuleViolation('clue-not-transferred', `clue ${clueId} has not been transferred`, {
      clueId,
    });
  }
  assertTransferNumber(facts, command.transferNumber, clueId);
  // Receipt of an already received clue changes nothing (the contract says so).
  if (facts.status !== 'transferred') return [];
  const receivedAt = happenedAt('receipt', command.receivedAt, command.at, state.lastStep);
  return [
    {
      type: 'ClueReceived',
      data: {
        receivedAt,
        receivedBy: command.receivedBy,
        facts: { ...facts, status: 'received' },
      },
    },
  ];
}

function assertReceived(facts: ClueFacts, clueId: string, what: string): void {
  if (
    facts.status === 'registered' ||
    facts.status === 'assessed' ||
    facts.status === 'transferred'
  ) {
    throw new RuleViolation(
      'clue-not-received',
      `clue ${clueId} has not been signed for (签收): no ${what} before receipt`,
      { clueId },
    );
  }
}

function dispose(state: ClueState, command: DecideDisposition): ClueEvent[] {
  const { registered, facts } = inWork(state);
  const clueId = registered.clueId;
  const { method } = command;
  if (!isMethod(method)) {
    throw new RuleViolation(
      'unknown-disposition-method',
      `${method} is not one of the four dispositions: ${DISPOSITION_METHODS.join(', ')}`,
      { clueId, method, allowed: [...DISPOSITION_METHODS] },
    );
  }
  assertReceived(facts, clueId, 'disposition');
  assertTransferNumber(facts, command.transferNumber, clueId);
  if (facts.method === method) return [];
  const decidedAt = happenedAt('disposition', command.decidedAt, command.at, state.lastStep);
  return [
    {
      type: 'ClueDisposed',
      data: {
        method,
        decidedAt,
        facts: { ...facts, status: 'disposed', method },
      },
    },
  ];
}

function reportOutcome(state: ClueState, command: ReportOutcome): ClueEvent[] {
  const { registered, facts } = inWork(state);
  const clueId = registered.clueId;
  assertReceived(facts, clueId, 'outcome');
  assertTransferNumber(facts, command.transferNumber, clueId);
  const outcome: OutcomeFigures = {
    caseFiled: command.caseFiled,
    sanctionedPersons: command.sanctionedPersons,
    judicialTransfers: command.judicialTransfers,
    organizationalHandling: command.organizationalHandling,
    fundsRecovered: command.fundsRecovered,
  };
  const counts = [
    outcome.sanctionedPersons,
    outcome.judicialTransfers,
    outcome.organizationalHandling,
  ];
  if (counts.some((n) => !Number.isInteger(n) || n < 0) || !(outcome.fundsRecovered >= 0)) {
    throw new RuleViolation(
      'invalid-outcome-figures',
      'persons are whole numbers from 0 and funds an amount from 0',
      { clueId },
    );
  }
  // Figures are cumulative: the same figures again, not final, change nothing.
  const same = JSON.stringify(facts.outcome) === JSON.stringify(outcome);
  if (same && !command.final) return [];
  const reportedAt = happenedAt('outcome', command.reportedAt, command.at, state.lastStep);
  const reported = { ...facts, outcome };
  const events: ClueEvent[] = [
    {
      type: 'ClueOutcomeReported',
      data: { ...outcome, final: command.final, reportedAt, facts: reported },
    },
  ];
  if (command.final) {
    events.push({
      type: 'ClueConcluded',
      data: { concludedAt: reportedAt, facts: { ...reported, status: 'concluded' } },
    });
  }
  return events;
}

function raiseOverdue(state: ClueState, command: RaiseOverdue): ClueEvent[] {
  const { registered, facts } = inWork(state);
  const clueId = registered.clueId;
  const dueBy = facts.dueBy;
  if (!dueBy) {
    throw new RuleViolation('clue-not-transferred', `clue ${clueId} has not been transferred`, {
      clueId,
    });
  }
  if (chinaDay(command.at) <= dueBy) {
    throw new RuleViolation('clue-not-overdue', `the result of clue ${clueId} is due on ${dueBy}`, {
      clueId,
      dueBy,
    });
  }
  // One 督办 per due day: a restarted or repeated check raises nothing twice.
  if (state.overdueFor === dueBy) return [];
  return [{ type: 'ClueOverdueRaised', data: { dueBy, raisedAt: command.at, facts } }];
}

function alreadyTransferred(clueId: string): RuleViolation {
  return new RuleViolation(
    'clue-already-transferred',
    `clue ${clueId} has been transferred: its assessment and transfer are settled`,
    { clueId },
  );
}

/** One decision per command, in the order of a clue's way. */
const handlers: CommandHandlers<ClueState, ClueCommand, ClueEvent> = {
  RegisterClue: register,
  AssessClue: assess,
  TransferClue: transfer,
  AcknowledgeReceipt: receive,
  DecideDisposition: dispose,
  ReportOutcome: reportOutcome,
  RaiseOverdue: raiseOverdue,
  ErasePersonalData: erase,
};

/** A problem clue (问题线索) from registration to conclusion (办结). */
export const clueDecider: Decider<ClueState, ClueCommand, ClueEvent> = {
  initialState,
  evolve,
  decide: decideBy(handlers),
};
