import ExcelJS from 'exceljs';
import type request from 'supertest';
import { TOPICS, validateIntegrationPayload } from '@xuncha/contracts';
import type { DeliveredMessage } from '@xuncha/platform-bus';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { planningService } from '../planning.service';

/**
 * Qingdao's lists (seed 004) in the shape the office keeps them: 114 problem
 * manifestations under its focuses, and the top-leader catalog of 5
 * processes, 29 points, 92 manifestations and 10 portrait dimensions. The
 * wording is the test's own; the counts are the seed's.
 */
async function qingdaoWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const focus = workbook.addWorksheet('监督重点');
  focus.addRow(['聚焦编号', '聚焦', '聚焦措辞待填', '条目编号', '条目', '条目措辞待填']);
  for (let k = 1; k <= 114; k++) {
    const f = Math.ceil(k / 38);
    // The focus is written once, on its first row; the rows under it leave it blank.
    const branch = (k - 1) % 38 === 0 ? [`QD-${f}`, `聚焦${f}`, ''] : ['', '', ''];
    focus.addRow([...branch, `QD-${f}-${String(k).padStart(3, '0')}`, `问题表现${k}`, '是']);
  }
  const leader = workbook.addWorksheet('一把手监督');
  leader.addRow([
    '流程编号',
    '工作流程',
    '流程措辞待填',
    '要点编号',
    '监督要点',
    '要点措辞待填',
    '表现编号',
    '问题表现',
    '表现措辞待填',
  ]);
  // 29 points over 5 processes (6+6+6+6+5), 92 manifestations over 29 points (3 each, 5 with 4).
  let manifestation = 0;
  for (let point = 1; point <= 29; point++) {
    const process = Math.min(5, Math.ceil(point / 6));
    const count = point <= 5 ? 4 : 3;
    for (let m = 0; m < count; m++) {
      manifestation += 1;
      leader.addRow([
        `P${process}`,
        `流程${process}`,
        '',
        `P${process}-${point}`,
        `要点${point}`,
        '',
        `P-M${manifestation}`,
        `表现${manifestation}`,
        '',
      ]);
    }
  }
  const dimensions = workbook.addWorksheet('画像维度');
  dimensions.addRow(['维度编号', '画像维度', '维度措辞待填']);
  ['政治素养', '组织观念', '领导能力', '履责尽责'].forEach((label, i) =>
    dimensions.addRow([`D${i + 1}`, label, '']),
  );
  for (let d = 5; d <= 10; d++) dimensions.addRow([`D${d}`, `维度${d}`, '是']);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('focus catalogs (监督重点清单) over HTTP', () => {
  let harness: ServiceHarness;
  let office: string;
  let qingdaoOffice: string;
  let countyOffice: string;
  let team: string;
  const allEvents = () => harness.eventStore.readAll({ after: 0, maxCount: 10_000 });

  beforeAll(async () => {
    harness = await startService(planningService);
    office = await harness.token('office', '611000');
    qingdaoOffice = await harness.token('office', '370200');
    countyOffice = await harness.token('office', '611002');
    team = await harness.token('team', '611000');
  });
  afterAll(() => harness.close());

  const post = (path: string, body: unknown, token = office) =>
    harness
      .http()
      .post(`/api/v1${path}`)
      .set('authorization', `Bearer ${token}`)
      .send(body as object);
  const get = (path: string, token = office) =>
    harness.http().get(`/api/v1${path}`).set('authorization', `Bearer ${token}`);
  async function expectProblem(call: request.Test, status: number, type: RegExp) {
    const before = (await allEvents()).length;
    const response = await call.expect(status).expect('content-type', /application\/problem\+json/);
    expect(response.body.type).toMatch(type);
    expect(await allEvents()).toHaveLength(before);
    return response.body;
  }
  const rule = (name: string) => new RegExp(`/rules/${name}$`);

  it('loads Qingdao’s lists from Excel, whole, and exports them back', async () => {
    const created = await post(
      '/focus-catalogs/workbooks',
      {
        id: 'qingdao',
        jurisdiction: '370200',
        title: '青岛市委巡察监督重点',
        version: '2022',
        validFrom: '2022-01-01',
        workbook: await qingdaoWorkbook(),
      },
      qingdaoOffice,
    ).expect(201);
    expect(created.body).toEqual({ id: 'qingdao', revision: 1, version: 'qingdao-2022' });

    const version = await get('/focus-catalog-versions/qingdao-2022', team).expect(200);
    expect(version.body.counts).toEqual({
      focuses: 3,
      items: 114,
      processes: 5,
      points: 29,
      manifestations: 92,
      portraitDimensions: 10,
      placeholders: 114 + 6,
    });
    expect(version.body.items).toHaveLength(114 + 92);
    expect(version.body.items[0]).toEqual({
      code: 'QD-1-001',
      label: '问题表现1',
      placeholder: true,
      focus: { code: 'QD-1', label: '聚焦1' },
    });

    const exported = await get('/focus-catalog-versions/qingdao-2022/workbook')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('content-type', /spreadsheetml/);
    // Imported again as a revision, the export holds exactly what was issued: nothing new.
    const before = (await allEvents()).length;
    await post(
      '/focus-catalogs/qingdao/versions/workbooks',
      { workbook: (exported.body as Buffer).toString('base64') },
      qingdaoOffice,
    ).expect(200, { id: 'qingdao', revision: 1, version: 'qingdao-2022' });
    expect(await allEvents()).toHaveLength(before);
  });

  it('offers the shipped structures, marks their placeholders, and falls back to the three focuses', async () => {
    const list = await get('/focus-catalogs', team).expect(200);
    const shipped = list.body.items.filter((c: { shipped: boolean }) => c.shipped);
    expect(shipped.map((c: { id: string }) => c.id)).toEqual([
      'three-focuses',
      'six-surrounds-one-strengthen',
    ]);
    expect(shipped[0].versions[0].counts).toMatchObject({
      focuses: 3,
      items: 80,
      placeholders: 89,
    });
    expect(shipped[1].versions[0].counts).toMatchObject({ focuses: 7 });
    // Qingdao's catalog is not Shangluo's to use.
    expect(list.body.items.some((c: { id: string }) => c.id === 'qingdao')).toBe(false);
    const inForce = await get('/focus-catalogs/in-force?on=2021-06-01').expect(200);
    expect(inForce.body.version).toBe('three-focuses-2022');
  });

  it('creates, revises and puts in force a jurisdiction’s own catalog', async () => {
    const content = {
      focuses: [
        {
          code: 'SL-1',
          label: '聚焦一',
          items: [
            { code: 'SL-1-01', label: '条目一' },
            { code: 'SL-1-02', label: '条目二' },
          ],
        },
      ],
    };
    await post('/focus-catalogs', {
      id: 'shangluo',
      jurisdiction: '611000',
      title: '商洛市委巡察监督重点',
      validFrom: '2022-01-01',
      ...content,
    }).expect(201, { id: 'shangluo', revision: 1, version: 'shangluo-v1' });
    const revised = await post('/focus-catalogs/shangluo/versions', {
      validFrom: '2023-01-01',
      focuses: [{ ...content.focuses[0], items: [{ code: 'SL-1-03', label: '条目三' }] }],
    }).expect(200);
    expect(revised.body).toEqual({ id: 'shangluo', revision: 2, version: 'shangluo-v2' });

    const list = await get('/focus-catalogs?jurisdiction=611002', countyOffice).expect(200);
    const own = list.body.items.find((c: { id: string }) => c.id === 'shangluo');
    expect(
      own.versions.map((v: { version: string; validFrom: string; validTo?: string }) => [
        v.version,
        v.validFrom,
        v.validTo,
      ]),
    ).toEqual([
      ['shangluo-v1', '2022-01-01', '2022-12-31'],
      ['shangluo-v2', '2023-01-01', undefined],
    ]);
    const inForce = (on: string) =>
      get(`/focus-catalogs/in-force?jurisdiction=611002&on=${on}`, countyOffice);
    expect((await inForce('2022-06-01').expect(200)).body.version).toBe('shangluo-v1');
    expect((await inForce('2023-06-01').expect(200)).body.version).toBe('shangluo-v2');
    expect((await inForce('2021-06-01').expect(200)).body.version).toBe('three-focuses-2022');
  });

  it('refuses bad catalogs, storing nothing', async () => {
    const body = {
      id: 'bad',
      jurisdiction: '611000',
      title: '清单',
      focuses: [{ code: 'B-1', label: '聚焦', items: [{ code: 'B 1', label: '条目' }] }],
    };
    const invalid = await expectProblem(post('/focus-catalogs', body), 400, /invalid-input$/);
    expect(JSON.stringify(invalid.errors)).toContain('focuses.0.items.0.code');
    await expectProblem(
      post('/focus-catalogs', {
        ...body,
        focuses: [
          { code: 'B-1', label: '聚焦', items: [{ code: 'B-1-1', label: '条目' }] },
          { code: 'B-2', label: '聚焦', items: [{ code: 'B-1-1', label: '条目' }] },
        ],
      }),
      422,
      rule('catalog-code-repeated'),
    );
    await expectProblem(
      post('/focus-catalogs', { ...body, focuses: [] }),
      422,
      rule('catalog-without-items'),
    );
    await expectProblem(
      post('/focus-catalogs', {
        ...body,
        id: 'three-focuses',
        focuses: [{ code: 'B-1', label: '聚焦', items: [{ code: 'B-1-1', label: '条目' }] }],
      }),
      422,
      rule('catalog-id-invalid'),
    );
    const notXlsx = await expectProblem(
      post('/focus-catalogs/workbooks', {
        id: 'bad',
        jurisdiction: '611000',
        title: '清单',
        workbook: Buffer.from('not a workbook').toString('base64'),
      }),
      400,
      /invalid-input$/,
    );
    expect(notXlsx.errors[0].field).toBe('workbook');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('监督重点');
    sheet.addRow(['聚焦编号', '聚焦', '条目编号', '条目']);
    sheet.addRow(['B-1', '聚焦', 'B-1-1', '条目']);
    sheet.addRow(['', '', 'B-1-2', '']);
    const emptyCell = await expectProblem(
      post('/focus-catalogs/workbooks', {
        id: 'bad',
        jurisdiction: '611000',
        title: '清单',
        workbook: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      }),
      400,
      /invalid-input$/,
    );
    expect(emptyCell.errors).toEqual([{ field: '监督重点!D3', messages: ['条目 is empty'] }]);
    // The county office writes the county's catalogs, not the city's; the team writes none.
    await expectProblem(
      post('/focus-catalogs', { ...body, focuses: [] }, countyOffice),
      403,
      /forbidden/,
    );
    await expectProblem(
      post('/focus-catalogs/shangluo/versions', { focuses: [] }, team),
      403,
      /forbidden/,
    );
    await expectProblem(get('/focus-catalog-versions/nowhere-v1'), 404, /not-found/);
  });

  describe('a round and its catalog', () => {
    let n = 0;
    const target = async () => {
      n += 1;
      const { body } = await post('/targets', {
        name: `单位${n}`,
        category: 'government-department',
        tier: 'city',
        jurisdiction: '611000',
        headcount: 40,
      }).expect(201);
      return body.id as string;
    };
    const cadre = async () =>
      (
        await post('/cadres', {
          name: '干部',
          jurisdiction: '611000',
          pools: ['leader', 'talent'],
          expertise: [],
        }).expect(201)
      ).body.id as string;

    it('launches with the chosen version, or the one in force when the round starts', async () => {
      const finance = await target();
      const other = await target();
      const { body: plan } = await post('/term-plans', {
        name: '四届市委巡察规划',
        jurisdiction: '611000',
        from: '2016-09-01',
        to: '2026-08-31',
        targetIds: [finance, other],
      }).expect(201);
      await post(`/term-plans/${plan.id}/adopt`, {}).expect(200);
      const plannedRound = async (
        ordinal: number,
        from: string,
        to: string,
        targetId: string,
        extra = {},
      ) => {
        const { body } = await post('/rounds', {
          termPlanId: plan.id,
          ordinal,
          kind: 'regular',
          modes: [],
          window: { from, to },
          ...extra,
        }).expect(201);
        await post(`/rounds/${body.id}/teams`, {
          leaderId: await cadre(),
          deputyIds: [],
          liaisonId: await cadre(),
          memberIds: [],
          targetIds: [targetId],
        }).expect(200);
        return body.id as string;
      };
      const round3 = await plannedRound(3, '2017-03-01', '2017-05-31', finance, {
        catalogVersion: 'six-surrounds-one-strengthen-v1',
      });
      const round12 = await plannedRound(12, '2022-03-01', '2022-05-31', other);

      await expectProblem(
        post(`/rounds/${round12}/catalog`, { catalogVersion: 'nowhere-v1' }),
        422,
        rule('catalog-version-unknown'),
      );
      await expectProblem(
        post(`/rounds/${round12}/catalog`, { catalogVersion: 'qingdao-2022' }),
        422,
        rule('catalog-outside-jurisdiction'),
      );
      await expectProblem(
        post(`/rounds/${round12}/catalog`, { catalogVersion: '' }),
        400,
        /invalid-input$/,
      );

      for (const id of [round3, round12]) {
        await post(`/rounds/${id}/approve`, {}).expect(200);
        await post(`/rounds/${id}/launch`, {}).expect(200);
      }
      expect((await get(`/rounds/${round3}`).expect(200)).body.catalogVersion).toBe(
        'six-surrounds-one-strengthen-v1',
      );
      // The launch fixes the version in force for a round that chose none.
      expect((await get(`/rounds/${round12}`).expect(200)).body.catalogVersion).toBe('shangluo-v1');

      await harness.settled();
      const launched: DeliveredMessage[] = [];
      await harness.bus.replay([TOPICS.planningEvents], async (message) => {
        if (message.headers.ce_type === 'xuncha.planning.RoundLaunched.v1') launched.push(message);
      });
      const catalogOf = (roundId: string) => {
        const data = JSON.parse(launched.find((m) => m.key === roundId)!.value) as {
          catalog: { version: string; focuses: unknown[] };
        };
        expect(validateIntegrationPayload('xuncha.planning.RoundLaunched.v1', data)).toEqual([]);
        return data.catalog;
      };
      expect(catalogOf(round3).version).toBe('six-surrounds-one-strengthen-v1');
      expect(catalogOf(round3).focuses).toHaveLength(7);
      // No version chosen: Shangluo's own, in force on 2022-03-01.
      expect(catalogOf(round12).version).toBe('shangluo-v1');
    });
  });
});
