import { TOPICS, type IntegrationEventName } from '@xuncha/contracts';
import type { RectificationCaseEvent } from '@xuncha/rectification-domain';
import type { IntegrationMapper, OutgoingEvent } from '@xuncha/platform-bus';

type Name = IntegrationEventName<'rectification'>;

const type = (name: Name) => `xuncha.rectification.${name}.v1` as const;
const fact = (name: Name, caseId: string, data: unknown): OutgoingEvent[] => [
  { topic: TOPICS.rectificationEvents, type: type(name), key: caseId, data },
];

/** The payload without the instant the contract leaves to the CloudEvent's time. */
function without<T extends object, K extends keyof T>(data: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(data).filter(([name]) => name !== key)) as Omit<T, K>;
}

/**
 * Domain events as the contracts of libs/contracts/src/rectification: facts on
 * xuncha.rectification.events (no responsible persons, progress notes or
 * admonished names: an analytics topic), and the organization department's
 * notices on xuncha.rectification.notices. Progress notes, report reviews,
 * re-rectification notices, withheld items and supervision notes stay inside.
 */
export const rectificationPublishes: IntegrationMapper = (recorded) => {
  const event = { type: recorded.type, data: recorded.data } as RectificationCaseEvent;
  switch (event.type) {
    case 'RectificationCaseOpened': {
      const data = without(event.data, 'openedAt');
      return fact('RectificationCaseOpened', data.caseId, data);
    }
    case 'RectificationPlanSubmitted': {
      const { caseId, submission, submittedAt, items } = event.data;
      return fact('RectificationPlanSubmitted', caseId, {
        caseId,
        submission,
        submittedAt,
        items: items.map((item) => ({
          itemId: item.itemId,
          measureCount: item.measures.length,
          deadline: item.deadline,
          longTerm: item.milestones.length > 0,
        })),
      });
    }
    case 'RectificationPlanApproved': {
      const { caseId, submission } = event.data;
      return fact('RectificationPlanApproved', caseId, { caseId, submission });
    }
    case 'RectificationPlanReturned': {
      const data = without(event.data, 'returnedAt');
      return fact('RectificationPlanReturned', data.caseId, data);
    }
    case 'RectificationItemSignedOff': {
      const data = without(event.data, 'signedOffAt');
      return fact('RectificationItemSignedOff', data.caseId, data);
    }
    case 'RectificationItemReopened': {
      const data = without(event.data, 'reopenedAt');
      return fact('RectificationItemReopened', data.caseId, data);
    }
    case 'RectificationReportSubmitted': {
      const { caseId, submittedAt, rulesEstablished, fundsRecovered } = event.data;
      return fact('RectificationReportSubmitted', caseId, {
        caseId,
        submittedAt,
        rulesEstablished,
        fundsRecovered,
      });
    }
    case 'RectificationAssessed': {
      const { caseId, grade } = event.data;
      return fact('RectificationAssessed', caseId, { caseId, grade });
    }
    case 'AdmonishmentRecorded': {
      const { caseId, heldOn, leaders } = event.data;
      return fact('AdmonishmentRecorded', caseId, {
        caseId,
        heldOn,
        admonishedCount: leaders.length,
      });
    }
    case 'RectificationOverdue': {
      const data = without(event.data, 'raisedAt');
      return fact('RectificationOverdue', data.caseId, data);
    }
    case 'RectificationCaseClosed': {
      const data = without(event.data, 'closedAt');
      return fact('RectificationCaseClosed', data.caseId, data);
    }
    case 'RectificationNoticeIssued':
      return [
        {
          topic: TOPICS.rectificationNotices,
          type: type('RectificationNotice'),
          key: event.data.caseId,
          data: event.data,
        },
      ];
    default:
      return [];
  }
};
