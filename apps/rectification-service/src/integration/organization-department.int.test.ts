import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import {
  TOPICS,
  findIntegrationEvent,
  validateIntegrationPayload,
  type FeedbackDelivered,
  type RectificationNotice,
} from '@xuncha/contracts';
import { toBusMessage } from '@xuncha/platform-bus';
import { startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { caseIdOf } from '../cases/case-store';
import { RectificationClock } from '../overdue/overdue-scheduler';
import { rectificationService } from '../rectification.service';

const NOTICE = 'xuncha.rectification.RectificationNotice.v1';
const FEEDBACK = 'xuncha.inspection.FeedbackDelivered.v1';

interface Received {
  headers: Record<string, string>;
  notice: RectificationNotice;
}

/** The organization department (组织部) as an outside system: kafkajs alone, its own group. */
describe('organization department stand-in on the Kafka test broker', () => {
  let broker: TestBroker;
  let harness: ServiceHarness;
  let consumer: Consumer;
  const received: Received[] = [];

  beforeAll(async () => {
    broker = await startTestBroker();
    harness = await startService(rectificationService, {
      env: { KAFKA_BROKERS: broker.brokers.join(',') },
    });
    // The example feedback is of June 2026: keep the scheduler's day before any due date.
    jest
      .spyOn(harness.app.get(RectificationClock), 'now')
      .mockReturnValue(new Date('2026-06-20T09:00:00+08:00'));
    const kafka = new Kafka({
      clientId: 'organization-department',
      brokers: broker.brokers,
      logLevel: logLevel.NOTHING,
    });
    consumer = kafka.consumer({ groupId: 'organization-department' });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPICS.rectificationNotices, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        received.push({ headers, notice: JSON.parse(String(message.value)) });
      },
    });
  }, 60000);

  afterAll(async () => {
    await consumer?.disconnect();
    await harness?.close();
    await broker?.stop();
  }, 30000);

  const waitFor = async (check: () => boolean, what: string, timeoutMs = 25000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('receives case-opened, plan-approved and assessed notices in order, valid and with ce_* headers', async () => {
    const example = structuredClone(findIntegrationEvent(FEEDBACK)!.example) as FeedbackDelivered;
    const feedback: FeedbackDelivered = {
      ...example,
      feedbackId: randomUUID(),
      inspectionId: randomUUID(),
      targetId: randomUUID(),
      findings: example.findings.map((f) => ({ ...f, findingId: randomUUID() })),
      immediateItems: example.immediateItems.map((i) => ({ ...i, itemId: randomUUID() })),
    };
    await harness.bus.publish([
      toBusMessage(TOPICS.inspectionEvents, {
        id: randomUUID(),
        type: FEEDBACK,
        source: 'xuncha/inspection-service',
        subject: feedback.inspectionId,
        time: feedback.deliveredAt,
        correlationId: randomUUID(),
        data: feedback,
      }),
    ]);
    const caseId = caseIdOf(feedback.feedbackId);
    const mine = () => received.filter((r) => r.notice.caseId === caseId);
    await waitFor(() => mine().length >= 1, 'the case-opened notice');

    const office = await harness.token('office', feedback.jurisdiction);
    const inspected = await harness.token('inspected', feedback.jurisdiction, feedback.targetId);
    const view = await harness
      .http()
      .get(`/api/v1/rectification-cases/${caseId}`)
      .auth(office, { type: 'bearer' });
    const post = (token: string, path: string, body: object) =>
      harness
        .http()
        .post(`/api/v1/rectification-cases/${caseId}/${path}`)
        .auth(token, { type: 'bearer' })
        .send(body);
    const items = view.body.items.map((item: { itemId: string }) => ({
      itemId: item.itemId,
      measures: ['整改措施'],
      responsible: '李某某',
      deadline: '2026-08-31',
    }));
    expect((await post(inspected, 'plan', { items })).status).toBe(200);
    expect((await post(office, 'plan/review', { decision: 'approve', reasons: [] })).status).toBe(
      200,
    );
    expect(
      (await post(inspected, 'report', { summary: '报告', rulesEstablished: 2, fundsRecovered: 0 }))
        .status,
    ).toBe(200);
    expect((await post(office, 'assessment', { grade: 'good' })).status).toBe(200);
    await waitFor(() => mine().length >= 3, 'three notices');

    expect(mine().map((r) => r.notice.noticeKind)).toEqual([
      'case-opened',
      'plan-approved',
      'assessed',
    ]);
    for (const { headers, notice } of mine()) {
      expect(validateIntegrationPayload(NOTICE, notice)).toEqual([]);
      expect(headers).toMatchObject({
        ce_specversion: '1.0',
        ce_type: NOTICE,
        ce_source: 'xuncha/rectification-service',
        ce_subject: caseId,
        'content-type': 'application/json',
      });
      expect(headers.ce_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.ce_time).toBeTruthy();
    }
    expect(mine()[2].notice.details).toEqual({ assessed: { grade: 'good' } });
  }, 45000);
});
