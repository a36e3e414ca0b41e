import { isPersonalDataErased, type ClueState } from '@xuncha/clue-domain';
import type { RecordedEvent } from '@xuncha/platform-kernel';

/** Every step of the clue with who took it and when (the handlers' trail, 监督执纪工作规则 art. 23). */
function stepsOf(events: readonly RecordedEvent[]) {
  return events.map((event) => ({
    step: event.type,
    at: event.occurredAt,
    actor: event.metadata.actor,
  }));
}

/** Says so when the personal data was erased, with when and why once the fact is recorded. */
function erasure(state: ClueState) {
  if (!isPersonalDataErased(state)) return {};
  const { personalDataErased: recorded } = state;
  return {
    personalDataErased: true,
    ...(recorded && { personalDataErasedAt: recorded.at, erasureReason: recorded.reason }),
  };
}

/** What anyone allowed to see the clue sees: no name, position, allegation or evidence. */
export function redactedView(
  id: string,
  state: ClueState,
  events: readonly RecordedEvent[],
): Record<string, unknown> {
  const { registered, facts } = state;
  return {
    id,
    revision: events.length - 1,
    redacted: true,
    source: registered!.source,
    ...facts,
    // The organization's name is no personal data: every reader of the clue may see it.
    ...(registered!.origin?.targetName && { targetName: registered!.origin.targetName }),
    urgent: registered!.urgent,
    overdue: facts!.status !== 'concluded' && !!facts!.dueBy && state.overdueFor === facts!.dueBy,
    registeredAt: registered!.registeredAt,
    ...erasure(state),
    steps: stepsOf(events),
  };
}

/**
 * The full record, for the office and the discipline commission of the clue's jurisdiction.
 * After an erasure the person, allegation, evidence and note read as erased (［已删除］).
 */
export function fullView(
  id: string,
  state: ClueState,
  events: readonly RecordedEvent[],
): Record<string, unknown> {
  const { registered } = state;
  return {
    ...redactedView(id, state, events),
    redacted: false,
    ...(registered!.petitionId && { petitionId: registered!.petitionId }),
    origin: registered!.origin,
    person: registered!.person,
    allegation: registered!.allegation,
    evidenceRefs: registered!.evidenceRefs,
    identifiedAt: registered!.identifiedAt,
    ...(state.assessmentNote && { assessmentNote: state.assessmentNote }),
  };
}
