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
    case 'RectificationCaseOpened':
      return fact('RectificationCaseOpened', event.data.caseId, event.data);
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
    case 'RectificationPlanApproved':
      return fact('RectificationPlanApproved', event.data.caseId, event.data);
    case 'RectificationPlanReturned':
      return fact('RectificationPlanReturned', event.data.caseId, event.data);
    case 'RectificationItemSignedOff':
      return fact('RectificationItemSignedOff', event.data.caseId, event.data);
    case 'RectificationItemReopened':
      return fact('RectificationItemReopened', event.data.caseId, event.data);
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
      const { caseId, grade, assessedAt } = event.data;
      return fact('RectificationAssessed', caseId, { caseId, grade, assessedAt });
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
    case 'RectificationCaseClosed':
      return fact('RectificationCaseClosed', event.data.caseId, event.data);
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
