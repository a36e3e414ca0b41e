import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import { TOPICS, type SealedClueTransferred } from '@xuncha/contracts';
import { startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { clueService } from './clue.service';
import { clueIdentified, clueIdentifiedMessage, eventually } from './testing.fixture';

jest.setTimeout(50000);

const COMMISSION = 'discipline/case-management';

/** A CloudEvent as the commission's system writes it: ce_* headers, JSON value. */
function cloudEvent(type: string, subject: string, data: object) {
  return {
    key: subject,
    value: JSON.stringify(data),
    headers: {
      ce_specversion: '1.0',
      ce_id: randomUUID(),
      ce_type: type,
      ce_source: COMMISSION,
      ce_subject: subject,
      ce_time: new Date().toISOString(),
      ce_correlationid: randomUUID(),
      'content-type': 'application/json',
    },
  };
}

describe('the discipline commission’s interface on the Kafka test broker', () => {
  let broker: TestBroker;
  let harness: ServiceHarness;
  let kafka: Kafka;
  let producer: Producer;
  let commission: Consumer;
  let deadLetterReader: Consumer;
  const deadLetters: Array<{ topic?: string; reason?: string }> = [];
  let office: string;

  const http = (method: 'get' | 'post', path: string) =>
    harness.http()[method](`/api/v1/clues${path}`).set('authorization', `Bearer ${office}`);

  beforeAll(async () => {
    broker = await startTestBroker();
    harness = await startService(clueService, {
      env: { KAFKA_BROKERS: broker.brokers.join(',') },
    });
    office = await harness.token('office', '611000');

    kafka = new Kafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();

    // The stand-in commission signs for every transfer, disposes of it, then reports a final outcome.
    commission = kafka.consumer({ groupId: 'discipline-commission-standin' });
    await commission.connect();
    await commission.subscribe({ topic: TOPICS.clueTransfers, fromBeginning: true });
    await commission.run({
      eachMessage: async ({ message }) => {
        if (message.headers?.ce_type?.toString() !== 'xuncha.clue.SealedClueTransferred.v1') return;
        const transfer = JSON.parse(message.value!.toString()) as SealedClueTransferred;
        const { clueId, transferNumber } = transfer;
        // Answered as it happens: signed for, disposed of and concluded now.
        const now = new Date().toISOString();
        await producer.send({
          topic: TOPICS.disciplineClueReceipts,
          messages: [
            cloudEvent('discipline.clue.ClueReceiptAcknowledged.v1', clueId, {
              clueId,
              transferNumber,
              receivedAt: now,
              receivedBy: '市纪委监委案件监督管理室 李某',
            }),
          ],
        });
        await producer.send({
          topic: TOPICS.disciplineClueOutcomes,
          messages: [
            cloudEvent('discipline.clue.ClueDispositionDecided.v1', clueId, {
              clueId,
              transferNumber,
              method: 'preliminary-verification',
              decidedAt: now,
            }),
            cloudEvent('discipline.clue.ClueOutcomeReported.v1', clueId, {
              clueId,
              transferNumber,
              caseFiled: true,
              sanctionedPersons: 1,
              judicialTransfers: 0,
              organizationalHandling: 0,
              fundsRecovered: 38000,
              final: true,
              reportedAt: now,
            }),
          ],
        });
      },
    });

    deadLetterReader = kafka.consumer({ groupId: `dead-letter-reader-${randomUUID()}` });
    await deadLetterReader.connect();
    await deadLetterReader.subscribe({ topic: TOPICS.deadLetter, fromBeginning: true });
    await deadLetterReader.run({
      eachMessage: async ({ message }) => {
        deadLetters.push({
          topic: message.headers?.['x-original-topic']?.toString(),
          reason: message.headers?.['x-dead-letter-reason']?.toString(),
        });
      },
    });
  }, 45000);

  afterAll(async () => {
    await commission?.disconnect();
    await deadLetterReader?.disconnect();
    await producer?.disconnect();
    await harness?.close();
    await broker?.stop();
  });

  it('carries a transfer to the commission and concludes the clue from its answers', async () => {
    const clue = clueIdentified();
    await harness.bus.publish([clueIdentifiedMessage(clue)]);
    await eventually(
      async () => (await http('get', `/${clue.clueId}`)).status === 200,
      'clue registered',
      30000,
    );

    await http('post', `/${clue.clueId}/assessment`)
      .send({ recipient: 'discipline-commission', note: '经集体会商，建议初步核实。' })
      .expect(200);
    await http('post', `/${clue.clueId}/transfer`).send({}).expect(200);

    const concluded = await eventually(
      async () => {
        const { body } = await http('get', `/${clue.clueId}`).expect(200);
        return body.status === 'concluded' && body;
      },
      'clue concluded by the commission',
      30000,
    );
    expect(concluded).toMatchObject({
      method: 'preliminary-verification',
      outcome: { caseFiled: true, sanctionedPersons: 1, fundsRecovered: 38000 },
    });
    const steps = concluded.steps as Array<{ step: string; actor: string }>;
    expect(steps.slice(3)).toEqual([
      expect.objectContaining({ step: 'ClueReceived', actor: `bus:${COMMISSION}` }),
      expect.objectContaining({ step: 'ClueDisposed', actor: `bus:${COMMISSION}` }),
      expect.objectContaining({ step: 'ClueOutcomeReported', actor: `bus:${COMMISSION}` }),
      expect.objectContaining({ step: 'ClueConcluded', actor: `bus:${COMMISSION}` }),
    ]);
  });

  it('dead-letters a malformed answer and one about an unknown clue', async () => {
    const unknown = randomUUID();
    await producer.send({
      topic: TOPICS.disciplineClueReceipts,
      messages: [
        {
          key: unknown,
          value: '{"clueId":',
          headers: { ce_type: 'discipline.clue.ClueReceiptAcknowledged.v1' },
        },
        cloudEvent('discipline.clue.ClueReceiptAcknowledged.v1', unknown, {
          clueId: unknown,
          transferNumber: 'XC-2026-00000000',
          receivedAt: '2026-04-21T09:15:00+08:00',
          receivedBy: '李某',
        }),
      ],
    });
    const found = await eventually(
      async () => {
        const ours = deadLetters.filter((d) => d.topic === TOPICS.disciplineClueReceipts);
        return ours.length >= 2 && ours;
      },
      'dead letters',
      30000,
    );
    expect(found.map((d) => d.reason).sort()).toEqual([
      expect.stringMatching(/^missing CloudEvents headers/),
      expect.stringMatching(/^refused: AggregateNotFound: clue .* does not exist/),
    ]);
  });
});
