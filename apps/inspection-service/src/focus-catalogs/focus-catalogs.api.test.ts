import type request from 'supertest';
import type { FocusCatalogVersion, RoundLaunched } from '@xuncha/contracts';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { inspectionIdOf } from '../consumers/inspection-id';
import { inspectionService } from '../inspection.service';
import { launchedRound, roundLaunchedMessage } from '../testing.fixture';

jest.setTimeout(30000);

/** 六围绕一加强 as planning ships it: seven focuses, one placeholder item each. */
const sixSurrounds: FocusCatalogVersion = {
  version: 'six-surrounds-one-strengthen-v1',
  catalogId: 'six-surrounds-one-strengthen',
  title: '“六围绕一加强”监督重点清单',
  label: '六围绕一加强',
  focuses: Array.from({ length: 7 }, (_, f) => ({
    code: `LWRYJQ-${f + 1}`,
    label: `围绕${f + 1}`,
    placeholder: true,
    items: [{ code: `LWRYJQ-${f + 1}-01`, label: `围绕${f + 1}·第01项`, placeholder: true }],
  })),
  processes: [],
  portraitDimensions: [],
};

describe('findings against the catalog version of their round', () => {
  let harness: ServiceHarness;
  let office: string;
  const allEvents = () => harness.eventStore.readAll({ after: 0, maxCount: 10000 });
  const post = (path: string, body: object) =>
    harness
      .http()
      .post(`/api/v1/inspections/${path}`)
      .set('authorization', `Bearer ${office}`)
      .send(body);
  async function rule(call: request.Test, name: string) {
    const before = (await allEvents()).length;
    const response = await call.expect(422).expect('content-type', /problem\+json/);
    expect(response.body.type).toMatch(new RegExp(`/rules/${name}$`));
    expect((await allEvents()).length).toBe(before);
    return response.body;
  }

  /** Launches a round (with or without its catalog), stations its bureau inspection. */
  async function stationed(catalog: FocusCatalogVersion | undefined): Promise<string> {
    const { ids, round } = launchedRound();
    const message: RoundLaunched = { ...round, ...(catalog ? { catalog } : {}) };
    if (!catalog) delete message.catalog;
    await harness.bus.publish([roundLaunchedMessage(message)]);
    const id = inspectionIdOf(ids.round, ids.team1, ids.bureau);
    for (let tries = 0; tries < 200; tries++) {
      const { status } = await harness
        .http()
        .get(`/api/v1/inspections/${id}`)
        .set('authorization', `Bearer ${office}`);
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await post(`${id}/stationing`, {
      announcedAt: '2026-03-10T09:00:00+08:00',
      channels: ['phone'],
    }).expect(200);
    return id;
  }
  const finding = (focusItem: string) => ({
    title: '三重一大事项未经集体研究',
    description: '2018年两项大额支出未经党组会研究',
    focusItem,
    involvedRank: 'top-leader',
  });

  beforeAll(async () => {
    harness = await startService(inspectionService);
    office = await harness.token('office', '611000');
  });
  afterAll(() => harness.close());

  it('records a 六围绕一加强 finding in a round that uses it, and keeps its version', async () => {
    const id = await stationed(sixSurrounds);
    await post(`${id}/findings`, finding('LWRYJQ-3-01')).expect(201);
    const view = await harness
      .http()
      .get(`/api/v1/inspections/${id}`)
      .set('authorization', `Bearer ${office}`)
      .expect(200);
    expect(view.body.catalogVersion).toBe('six-surrounds-one-strengthen-v1');
    expect(view.body.findings).toEqual([
      expect.objectContaining({
        focusItem: 'LWRYJQ-3-01',
        focusItemLabel: '围绕3·第01项',
        catalogVersion: 'six-surrounds-one-strengthen-v1',
      }),
    ]);
    const refused = await rule(post(`${id}/findings`, finding('SGJJ-2-07')), 'unknown-focus-item');
    expect(refused.detail).toMatch(/six-surrounds-one-strengthen-v1/);
  });

  it('keeps one copy of a catalog however many rounds bring it', async () => {
    await stationed(sixSurrounds);
    const copies = (await allEvents()).filter((event) => event.type === 'FocusCatalogReceived');
    expect(copies.map((event) => event.streamId)).toEqual([
      'inspection.focus-catalog-six-surrounds-one-strengthen-v1',
    ]);
  });

  it('refuses to classify in a round whose catalog never arrived', async () => {
    const id = await stationed(undefined);
    await rule(post(`${id}/findings`, finding('SGJJ-2-07')), 'catalog-version-unavailable');
  });
});
