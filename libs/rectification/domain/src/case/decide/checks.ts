import type { NoticeKind, RectificationNotice } from '@xuncha/contracts';
import { AggregateNotFound, RuleViolation } from '@xuncha/platform-kernel';
import type { RectificationCaseOpened, RectificationNoticeIssued } from '../case.events';
import type { ItemState, RectificationCaseState } from '../case.state';

export function openedOf(
  state: RectificationCaseState,
  command: { readonly caseId: string },
): RectificationCaseOpened['data'] {
  if (!state.opened) throw new AggregateNotFound('rectification case', command.caseId);
  return state.opened;
}

/** What every command on a case checks first: the case exists and is not closed. */
export function inProgress(
  state: RectificationCaseState,
  command: { readonly caseId: string },
): RectificationCaseOpened['data'] {
  const opened = openedOf(state, command);
  if (state.closed) throw new RuleViolation('case-closed', `case ${command.caseId} is closed`);
  return opened;
}

export function planned(state: RectificationCaseState, itemId: string): ItemState {
  const item = state.items[itemId];
  if (!item) throw notInCase([itemId]);
  if (state.planStatus !== 'approved') {
    throw new RuleViolation('plan-not-approved', 'items are worked on once the plan is approved');
  }
  return item;
}

export function notInCase(itemIds: string[]): RuleViolation {
  return new RuleViolation('item-not-in-case', `not items of this case: ${itemIds.join(', ')}`, {
    itemIds,
  });
}

export function alreadySignedOff(itemId: string): RuleViolation {
  return new RuleViolation('item-already-signed-off', `item ${itemId} is signed off already`, {
    itemIds: [itemId],
  });
}

/** The organization department's copy of a step (整改情况通报), self-contained. */
export function notice(
  state: RectificationCaseState,
  kind: NoticeKind,
  at: string,
  details: RectificationNotice['details'],
): RectificationNoticeIssued {
  const opened = state.opened!;
  return {
    type: 'RectificationNoticeIssued',
    data: {
      noticeKind: kind,
      caseId: opened.caseId,
      inspectionId: opened.inspectionId,
      targetId: opened.targetId,
      targetName: opened.targetName,
      jurisdiction: opened.jurisdiction,
      tier: opened.tier,
      ...(opened.village && { village: opened.village }),
      ...(state.principalLeader && { principalLeader: state.principalLeader }),
      occurredAt: at,
      details,
    },
  };
}
