import { randomUUID } from 'node:crypto';
import type { Bus, BusMessage } from '@xuncha/platform-bus';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';
import { QUERY_PROJECTIONS } from '.';

const SEED = 20260311;
const id = () => randomUUID();

/** A small seeded generator (mulberry32): the same shuffle on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One term at eight targets in two jurisdictions: inspections with talks,
 * findings, immediate items and feedback; clues transferred, some concluded,
 * some overdue; rectification cases with sign-offs, reports and overdue notices.
 */
function smallTerm(feed: EventFeed): void {
  const termPlanId = id();
  const roundId = id();
  const teamId = id();
  const targets = Array.from({ length: 8 }, (_, i) => ({
    targetId: id(),
    targetName: `商洛市第${i + 1}单位`,
    category: 'government-department',
    tier: i % 2 === 0 ? 'city' : 'county',
    jurisdiction: i % 2 === 0 ? '611000' : '611002',
    headcount: 30 + i,
  }));
  feed.at('2026-01-05T09:00:00+08:00');
  for (const t of targets) feed.add('planning.TargetRegistered', t, ['partyMemberCount']);
  feed.add('planning.TermPlanAdopted', {
    termPlanId,
    jurisdiction: '611000',
    targetIds: targets.map((t) => t.targetId),
  });
  feed.add('planning.RoundLaunched', {
    roundId,
    termPlanId,
    jurisdiction: '611000',
    ordinal: 1,
    teams: [{ teamId, leaderId: id(), deputyIds: [], liaisonId: id(), memberIds: [], targets }],
  });

  targets.forEach((target, i) => {
    const inspectionId = id();
    const place = {
      targetId: target.targetId,
      jurisdiction: target.jurisdiction,
      tier: target.tier,
    };
    feed.at('2026-03-09T09:00:00+08:00');
    feed.add('inspection.InspectionOpened', { inspectionId, roundId, termPlanId, teamId, target });
    feed.add('inspection.InspectionStationed', {
      inspectionId,
      announcedAt: '2026-03-10T09:00:00+08:00',
    });
    feed.add('inspection.TalksRecorded', { inspectionId, cumulative: 5 + i });
    feed.add('inspection.TalksRecorded', { inspectionId, cumulative: 12 + i });
    const findings = Array.from({ length: 3 + (i % 3) }, (_, k) => ({
      findingId: id(),
      title: `问题${i + 1}-${k + 1}`,
      focusItem: ['SGJJ-1-12', 'SGJJ-2-07', 'SGJJ-3-02'][k % 3],
      catalogVersion: '三个聚焦-2022',
      involvedRank: 'section',
    }));
    for (const f of findings) {
      feed.add('inspection.FindingRecorded', { ...f, ...place, inspectionId, roundId });
    }
    const immediate = id();
    feed.add('inspection.ImmediateItemAssigned', {
      itemId: immediate,
      inspectionId,
      targetId: target.targetId,
      findingId: findings[0].findingId,
    });
    const clues = [id(), id()];
    // The same facts on both topics, as the inspection and clue services publish them.
    const clueFacts = (clueId: string, c: number) => ({
      ...place,
      clueId,
      inspectionId,
      involvedRank: c === 0 ? 'top-leader' : 'section',
      discipline: c === 0 ? 'integrity' : 'mass',
    });
    clues.forEach((clueId, c) => {
      feed.add('inspection.ClueRecorded', {
        ...clueFacts(clueId, c),
        roundId,
        findingId: findings[c].findingId,
      });
    });

    // The first hearing's directives: one closed, one overdue.
    if (i === 0) {
      const [closedDirective, lateDirective] = [id(), id()];
      for (const directiveId of [closedDirective, lateDirective]) {
        feed.add('inspection.DirectiveIssued', { inspectionId, directiveId });
      }
      feed.add('inspection.DirectiveClosed', { inspectionId, directiveId: closedDirective });
      feed.add('inspection.DirectiveOverdue', { inspectionId, directiveId: lateDirective });
      feed.add('inspection.ResultUseRecorded', {
        ...place,
        inspectionId,
        roundId,
        targetId: target.targetId,
        useId: id(),
      });
    }

    feed.at('2026-04-19T10:00:00+08:00');
    const feedbackId = id();
    feed.add('inspection.FeedbackDelivered', {
      ...place,
      feedbackId,
      inspectionId,
      roundId,
      termPlanId,
      targetName: target.targetName,
      deliveredAt: '2026-04-19T10:00:00+08:00',
      findings,
      immediateItems: [],
    });
    feed.add('inspection.InspectionClosed', {
      inspectionId,
      roundId,
      termPlanId,
      targetId: target.targetId,
      inspectedTargetIds: [target.targetId],
    });

    clues.forEach((clueId, c) => {
      const facts = clueFacts(clueId, c);
      feed.at('2026-04-25T10:00:00+08:00');
      feed.add(
        'clue.ClueStatusChanged',
        { ...facts, change: 'transferred', status: 'transferred' },
        ['method', 'outcome'],
      );
      feed.at('2026-07-01T10:00:00+08:00');
      if ((i + c) % 3 === 0) {
        feed.add('clue.ClueStatusChanged', { ...facts, change: 'overdue', status: 'transferred' }, [
          'method',
          'outcome',
        ]);
      } else {
        feed.add('clue.ClueStatusChanged', {
          ...facts,
          change: 'concluded',
          status: 'concluded',
          outcome: {
            caseFiled: c === 0,
            sanctionedPersons: c === 0 ? 1 : 0,
            judicialTransfers: 0,
            organizationalHandling: 0,
            fundsRecovered: c === 0 ? 5000 + i : 0,
          },
        });
      }
    });

    const caseId = id();
    const items = [
      ...findings.map((f) => ({
        itemId: id(),
        source: 'finding',
        findingId: f.findingId,
        title: f.title,
      })),
      {
        itemId: immediate,
        source: 'immediate',
        findingId: findings[0].findingId,
        title: '立行立改',
      },
    ];
    feed.at('2026-04-20T10:00:00+08:00');
    feed.add('rectification.RectificationCaseOpened', {
      ...place,
      caseId,
      feedbackId,
      inspectionId,
      roundId,
      targetName: target.targetName,
      items,
    });
    feed.at('2026-06-01T10:00:00+08:00');
    items.forEach((item, k) => {
      if (k === 1 && i % 2 === 1) return;
      feed.add('rectification.RectificationItemSignedOff', { caseId, itemId: item.itemId });
    });
    if (i % 4 !== 3) {
      feed.add('rectification.RectificationReportSubmitted', {
        caseId,
        rulesEstablished: 1 + (i % 3),
        fundsRecovered: 1000 * i,
      });
    }
    feed.at('2026-09-01T08:00:00+08:00');
    if (i % 2 === 1) {
      feed.add('rectification.RectificationOverdue', {
        caseId,
        what: 'item',
        itemId: items[1].itemId,
        dueBy: '2026-08-31',
      });
    }
    if (i % 4 === 3) {
      feed.add(
        'rectification.RectificationOverdue',
        { caseId, what: 'plan', dueBy: '2026-05-12' },
        ['itemId'],
      );
    }
  });
}

/** The feed's messages, collected instead of published. */
async function record(build: (feed: EventFeed) => void): Promise<BusMessage[]> {
  const feed = new EventFeed();
  build(feed);
  const recorded: BusMessage[] = [];
  const recorder: Pick<Bus, 'publish'> = {
    publish: async (batch) => {
      recorded.push(...batch);
    },
  };
  await feed.flush(recorder as Bus);
  return recorded;
}

/**
 * Every message twice: the keys' streams interleaved at random (each key's
 * own order kept), and a second copy of each message, the same object with
 * the same ce_id, at a random later position.
 */
function redelivered(messages: BusMessage[], seed: number): BusMessage[] {
  const random = seeded(seed);
  const byKey = new Map<string, BusMessage[]>();
  for (const m of messages) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const queues = [...byKey.values()];
  const once: BusMessage[] = [];
  let left = messages.length;
  while (left > 0) {
    // A queue picked in proportion to what it has left, so long streams spread out.
    let pick = Math.floor(random() * left);
    const queue = queues.find((q) => (pick -= q.length) < 0);
    if (!queue) throw new Error('shuffle lost a message');
    once.push(queue.shift() as BusMessage);
    left -= 1;
  }
  const after: BusMessage[][] = once.map(() => []);
  once.forEach((m, i) => {
    const slot = i + Math.floor(random() * (once.length - i));
    after[slot].push(m);
  });
  return once.flatMap((m, i) => [m, ...after[i]]);
}

async function publish(harness: ServiceHarness, messages: BusMessage[], batch: number) {
  for (let i = 0; i < messages.length; i += batch) {
    await harness.bus.publish(messages.slice(i, i + batch));
  }
  await harness.settled(60_000);
}

/** Every document of every collection of every projection, internal `_` collections aside. */
async function snapshot(harness: ServiceHarness): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const projection of QUERY_PROJECTIONS) {
    for (const collection of projection.collections) {
      if (collection.startsWith('_')) continue;
      const docs: unknown[] = [];
      let cursor: string | undefined;
      do {
        const page = await harness.readModels.find(collection, {
          sort: { _id: 1 },
          limit: 1000,
          cursor,
        });
        docs.push(...page.items);
        cursor = page.next;
      } while (cursor);
      all[`${projection.name}/${collection}`] = docs;
    }
  }
  return all;
}

describe('redelivery and reordering across keys (issue 11)', () => {
  let once: ServiceHarness;
  let twice: ServiceHarness;
  let messages: BusMessage[];
  let replayed: BusMessage[];

  beforeAll(async () => {
    messages = await record(smallTerm);
    replayed = redelivered(messages, SEED);
    once = await startService(queryService);
    twice = await startService(queryService);
    await publish(once, messages, 500);
    await publish(twice, replayed, 97);
  }, 90_000);
  afterAll(async () => {
    await once?.close();
    await twice?.close();
  }, 30_000);

  it('feeds 205 contract events, each twice, keys interleaved but each key in its order', () => {
    expect(messages).toHaveLength(205);
    const firsts = replayed.filter((m, i) => replayed.indexOf(m) === i);
    const keyOrder = (list: BusMessage[], key: string) => list.filter((m) => m.key === key);
    for (const key of new Set(messages.map((m) => m.key))) {
      expect(keyOrder(firsts, key)).toEqual(keyOrder(messages, key));
    }
    expect(replayed).toHaveLength(messages.length * 2);
    expect(replayed.slice(0, messages.length)).not.toEqual(messages);
    const ids = replayed.map((m) => m.headers['ce_id']);
    expect(new Set(ids).size).toBe(messages.length);
  });

  it(`keeps every document of every projection the same when each message arrives twice, keys interleaved by seed ${SEED}`, async () => {
    const expected = await snapshot(once);
    expect(Object.keys(expected)).toHaveLength(
      QUERY_PROJECTIONS.flatMap((p) => p.collections).filter((c) => !c.startsWith('_')).length,
    );
    expect(Object.values(expected).every((docs) => docs.length > 0)).toBe(true);
    expect(await snapshot(twice)).toEqual(expected);
  }, 90_000);

  it(`answers GET /api/v1/stats the same for 611000 when each message arrives twice, keys interleaved by seed ${SEED}`, async () => {
    const stats = async (harness: ServiceHarness) => {
      const analyst = await harness.token('analyst', '611000');
      const res = await harness
        .http()
        .get('/api/v1/stats')
        .set('authorization', `Bearer ${analyst}`)
        .expect(200);
      return res.body;
    };
    const expected = await stats(once);
    expect(expected.problems.found).toBeGreaterThan(0);
    expect(await stats(twice)).toEqual(expected);
  }, 90_000);
});
