import { randomUUID } from 'node:crypto';
import { findIntegrationEvent, type FeedbackDelivered } from '@xuncha/contracts';
import { toBusMessage } from '@xuncha/platform-bus';
import {
  documentedAnswers,
  startService,
  type ServiceHarness,
} from '@xuncha/platform-nest/testing';
import { RectificationClock } from '../overdue/overdue-scheduler';
import { rectificationService } from '../rectification.service';
import { caseIdOf } from './case-store';

const FEEDBACK = 'xuncha.inspection.FeedbackDelivered.v1';

/** The contract's example with fresh ids: a new feedback to a new target. */
function feedback(overrides: Partial<FeedbackDelivered> = {}): FeedbackDelivered {
  const example = structuredClone(findIntegrationEvent(FEEDBACK)!.example) as FeedbackDelivered;
  return {
    ...example,
    feedbackId: randomUUID(),
    inspectionId: randomUUID(),
    targetId: randomUUID(),
    findings: example.findings.map((f) => ({ ...f, findingId: randomUUID() })),
    immediateItems: example.immediateItems.map((i) => ({ ...i, itemId: randomUUID() })),
    ...overrides,
  };
}

describe('rectification service over HTTP', () => {
  let now = new Date('2026-06-20T09:00:00+08:00');
  let harness: ServiceHarness;
  let office: string;
  let outsider: string;
  let analyst: string;
  let discipline: string;

  beforeAll(async () => {
    process.env.RECTIFICATION_OVERDUE_CHECK_MS = '100';
    harness = await startService(rectificationService);
    office = await harness.token('office', '611000');
    outsider = await harness.token('office', '610200');
    analyst = await harness.token('analyst', '611000');
    discipline = await harness.token('discipline', '611000');
    // The contract's example feedback is of June 2026: the scheduler's day is fixed just after it.
    jest.spyOn(harness.app.get(RectificationClock), 'now').mockImplementation(() => now);
  }, 30000);

  afterAll(async () => {
    delete process.env.RECTIFICATION_OVERDUE_CHECK_MS;
    await harness?.close();
  });

  const publish = async (data: FeedbackDelivered) => {
    await harness.bus.publish([
      toBusMessage('xuncha.inspection.events', {
        id: randomUUID(),
        type: FEEDBACK,
        source: 'xuncha/inspection-service',
        subject: data.inspectionId,
        time: data.deliveredAt,
        correlationId: randomUUID(),
        data,
      }),
    ]);
  };

  const waitForCase = async (caseId: string) => {
    for (let i = 0; i < 200; i++) {
      const stream = await harness.eventStore.readStream(`rectification.case-${caseId}`);
      if (stream.length > 0) {
        await harness.settled();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`case ${caseId} was not opened`);
  };

  const opened = async (overrides: Partial<FeedbackDelivered> = {}) => {
    const data = feedback(overrides);
    await publish(data);
    const caseId = caseIdOf(data.feedbackId);
    await waitForCase(caseId);
    const inspected = await harness.token('inspected', data.jurisdiction, data.targetId);
    const view = await harness
      .http()
      .get(`/api/v1/rectification-cases/${caseId}`)
      .auth(office, { type: 'bearer' });
    const itemIds: string[] = view.body.items.map((i: { itemId: string }) => i.itemId);
    return { data, caseId, inspected, itemIds, view: view.body };
  };

  const post = (token: string, path: string, body: object = {}) =>
    harness
      .http()
      .post(`/api/v1/rectification-cases/${path}`)
      .auth(token, { type: 'bearer' })
      .send(body);

  const fullPlan = (itemIds: string[]) => ({
    principalLeader: { name: '张某某', position: '党组书记、局长' },
    items: itemIds.map((itemId) => ({
      itemId,
      measures: ['清退超标准会议费', '修订管理办法'],
      responsible: '李某某',
      deadline: '2026-08-31',
    })),
  });

  const storedCount = async () =>
    (await harness.eventStore.readAll({ after: 0, maxCount: 100000 })).length;

  it('opens a case from FeedbackDelivered, once, with due dates counted from delivery', async () => {
    const data = feedback();
    await publish(data);
    await publish(data);
    const { caseId, view } = await (async () => {
      const id = caseIdOf(data.feedbackId);
      await waitForCase(id);
      const res = await harness
        .http()
        .get(`/api/v1/rectification-cases/${id}`)
        .auth(office, { type: 'bearer' });
      return { caseId: id, view: res.body };
    })();
    expect(view).toMatchObject({
      id: caseId,
      inspectionId: data.inspectionId,
      planDueBy: '2026-07-07',
      reportDueBy: '2026-08-16',
      itemCount: data.findings.length + data.immediateItems.length,
    });
    expect(
      view.items
        .filter((i: { source: string }) => i.source === 'immediate')
        .map((i: { itemId: string }) => i.itemId),
    ).toEqual(data.immediateItems.map((i) => i.itemId));
    await publish(data);
    await harness.settled();
    const stream = await harness.eventStore.readStream(`rectification.case-${caseId}`);
    expect(stream.map((e) => e.type)).toEqual([
      'RectificationCaseOpened',
      'RectificationNoticeIssued',
    ]);

    const list = await harness
      .http()
      .get(`/api/v1/rectification-cases?inspectionId=${data.inspectionId}`)
      .auth(analyst, { type: 'bearer' });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: caseId, status: 'open', planStatus: 'due' }),
    ]);
  });

  it('drives a case: screening, return, resubmission, approval, progress, sign-off, report, poor grade, admonishment', async () => {
    const { caseId, inspected, itemIds } = await opened();
    const [first, second, third] = itemIds;

    const before = await storedCount();
    const incomplete = fullPlan(itemIds);
    incomplete.items[0].responsible = '';
    incomplete.items[1].measures = [];
    delete (incomplete.items[2] as { deadline?: string }).deadline;
    const screened = await post(inspected, `${caseId}/plan`, incomplete);
    expect(screened.status).toBe(422);
    expect(screened.headers['content-type']).toContain('application/problem+json');
    expect(screened.body.type).toBe('https://xuncha.dev/problems/rules/plan-incomplete');
    expect(screened.body.itemIds).toEqual([first, second, third]);
    expect(await storedCount()).toBe(before);

    expect((await post(inspected, `${caseId}/plan`, fullPlan(itemIds))).status).toBe(200);
    const returned = await post(office, `${caseId}/plan/review`, {
      decision: 'return',
      reasons: ['措施不具体'],
      itemIds: [second],
    });
    expect(returned.status).toBe(200);
    expect((await post(inspected, `${caseId}/plan`, fullPlan(itemIds))).status).toBe(200);
    const approved = await post(office, `${caseId}/plan/review`, {
      decision: 'approve',
      reasons: [],
    });
    expect(approved.body).toEqual({ id: caseId, revision: expect.any(Number) });

    expect(
      (await post(inspected, `${caseId}/items/${first}/progress`, { note: '已清退8万元' })).status,
    ).toBe(200);
    for (const itemId of itemIds) {
      expect(
        (await post(office, `${caseId}/items/${itemId}/sign-off`, { evidence: '财务凭证' })).status,
      ).toBe(200);
    }
    const again = await post(office, `${caseId}/items/${first}/sign-off`, { evidence: '财务凭证' });
    expect(again.status).toBe(422);
    expect(again.body.rule).toBe('item-already-signed-off');
    expect(
      (await post(office, `${caseId}/items/${first}/reopen`, { reason: '问题反弹' })).status,
    ).toBe(200);
    expect(
      (await post(office, `${caseId}/items/${first}/sign-off`, { evidence: '再次核查' })).status,
    ).toBe(200);

    const early = await post(office, `${caseId}/assessment`, { grade: 'poor' });
    expect(early.body.type).toMatch(/rules\/assessment-before-report$/);
    expect(
      (
        await post(inspected, `${caseId}/report`, {
          summary: '整改报告',
          rulesEstablished: 6,
          fundsRecovered: 126400.5,
        })
      ).status,
    ).toBe(200);
    // The list tells where the report stands: submitted, then under a re-rectification notice
    // with its new deadline, then accepted.
    const summary = async () => {
      await harness.settled();
      const list = await harness
        .http()
        .get('/api/v1/rectification-cases')
        .auth(office, { type: 'bearer' });
      return list.body.items.find((c: { id: string }) => c.id === caseId);
    };
    expect((await summary()).reportStatus).toBe('submitted');
    expect(
      (
        await post(office, `${caseId}/re-rectification`, {
          itemIds: [first],
          reasons: ['问题反弹'],
          reportDueBy: '2099-01-31',
        })
      ).status,
    ).toBe(200);
    expect(await summary()).toMatchObject({ reportStatus: 'due', reportDueBy: '2099-01-31' });
    expect(
      (
        await post(inspected, `${caseId}/report`, {
          summary: '再整改报告',
          rulesEstablished: 6,
          fundsRecovered: 126400.5,
        })
      ).status,
    ).toBe(200);
    expect(
      (await post(office, `${caseId}/report/review`, { decision: 'accept', reasons: [] })).status,
    ).toBe(200);
    expect((await summary()).reportStatus).toBe('accepted');
    expect((await post(office, `${caseId}/assessment`, { grade: 'poor' })).status).toBe(200);
    expect(
      (
        await post(office, `${caseId}/admonishments`, {
          heldOn: '2026-10-12',
          leaders: [{ name: '张某某', position: '局长' }],
        })
      ).status,
    ).toBe(200);
    expect(
      (await post(discipline, `${caseId}/supervision-notes`, { note: '日常监督：整改推进正常' }))
        .status,
    ).toBe(200);

    const view = await harness
      .http()
      .get(`/api/v1/rectification-cases/${caseId}`)
      .auth(inspected, { type: 'bearer' });
    expect(view.body).toMatchObject({
      plan: { status: 'approved', submission: 2 },
      rectifiedCount: 3,
      rectificationRate: 1,
      assessment: { grade: 'poor', label: '较差' },
      admonishments: [expect.objectContaining({ heldOn: '2026-10-12' })],
      supervisionNotes: [expect.objectContaining({ by: 'discipline' })],
    });

    await harness.settled();
    const kinds = (await harness.eventStore.readStream(`rectification.case-${caseId}`))
      .filter((e) => e.type === 'RectificationNoticeIssued')
      .map((e) => (e.data as { noticeKind: string }).noticeKind);
    expect(kinds).toEqual([
      'case-opened',
      'plan-returned',
      'plan-approved',
      'assessed',
      'admonishment',
    ]);

    expect((await post(office, `${caseId}/close`)).status).toBe(200);
    expect(
      (await post(inspected, `${caseId}/items/${first}/progress`, { note: 'x' })).body.rule,
    ).toBe('case-closed');
  });

  it('answers as its OpenAPI document says: a worked case, its lists and refusals', async () => {
    const documented = documentedAnswers(harness);
    const { caseId, inspected, itemIds } = await opened();
    const get = (path: string, token = office) =>
      harness.http().get(`/api/v1/${path}`).auth(token, { type: 'bearer' });
    const answers = [
      await post(inspected, `${caseId}/plan`, fullPlan(itemIds)),
      await post(office, `${caseId}/plan/review`, { decision: 'approve', reasons: [] }),
      await post(inspected, `${caseId}/items/${itemIds[0]}/progress`, { note: '已清退' }),
      await get(`rectification-cases/${caseId}`),
      await get(`rectification-cases/${caseId}`, discipline),
      await get(`rectification-cases/${caseId}/disclosure`),
      await get('rectification-cases'),
      await get('rectification-cases/overdue'),
      await get('rectification-deadlines/611000'),
      await post(inspected, `${caseId}/plan`, fullPlan(itemIds)),
      await post(office, `${caseId}/plan/review`, { decision: 'maybe' }),
      await get(`rectification-cases/${randomUUID()}`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 422, 400, 404,
    ]);
    for (const answer of answers) await documented(answer);
  });

  it('refuses invalid input with 400 and stores nothing', async () => {
    const { caseId, inspected, itemIds } = await opened();
    const before = await storedCount();
    const bad = [
      [inspected, `${caseId}/plan`, { items: [] }],
      [inspected, `${caseId}/plan`, { items: [{ itemId: 'nope' }] }],
      [inspected, `${caseId}/plan`, { items: [{ itemId: itemIds[0], deadline: '31.08.2026' }] }],
      [inspected, `${caseId}/plan`, { items: [{ itemId: itemIds[0] }], extra: 1 }],
      [office, `${caseId}/plan/review`, { decision: 'maybe', reasons: [] }],
      [office, `${caseId}/assessment`, { grade: 'excellent' }],
      [
        inspected,
        `${caseId}/report`,
        { summary: '', rulesEstablished: -1, fundsRecovered: 'lots' },
      ],
      [office, `${caseId}/items/${itemIds[0]}/sign-off`, {}],
      [office, `not-a-uuid/assessment`, { grade: 'good' }],
    ] as const;
    for (const [token, path, body] of bad) {
      const res = await post(token, path, body);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.type).toMatch(/problems\/(invalid-input|bad-request)$/);
    }
    const report = await post(inspected, `${caseId}/report`, {
      summary: '',
      rulesEstablished: -1,
      fundsRecovered: 'lots',
    });
    expect(report.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'fundsRecovered',
      'rulesEstablished',
      'summary',
    ]);
    expect(await storedCount()).toBe(before);
  });

  it('refuses rules with 422 and stores nothing', async () => {
    const { caseId, inspected, itemIds } = await opened();
    const before = await storedCount();
    const cases = [
      [office, `${caseId}/plan/review`, { decision: 'approve', reasons: [] }, 'plan-not-submitted'],
      [
        inspected,
        `${caseId}/plan`,
        {
          items: [
            { itemId: randomUUID(), measures: ['x'], responsible: 'y', deadline: '2026-08-31' },
          ],
        },
        'item-not-in-case',
      ],
      [inspected, `${caseId}/items/${itemIds[0]}/progress`, { note: '进展' }, 'plan-not-approved'],
      [office, `${caseId}/items/${itemIds[0]}/reopen`, { reason: '反弹' }, 'item-not-signed-off'],
      [
        inspected,
        `${caseId}/report`,
        { summary: '报告', rulesEstablished: 0, fundsRecovered: 0 },
        'plan-not-approved',
      ],
      [
        office,
        `${caseId}/admonishments`,
        { heldOn: '2026-10-12', leaders: [{ name: '张某', position: '局长' }] },
        'admonishment-requires-poor',
      ],
      [office, `${caseId}/close`, {}, 'close-before-assessment'],
    ] as const;
    for (const [token, path, body, rule] of cases) {
      const res = await post(token, path, body);
      expect({ path, status: res.status, rule: res.body.rule }).toEqual({
        path,
        status: 422,
        rule,
      });
    }
    expect(await storedCount()).toBe(before);
    expect((await post(office, `${randomUUID()}/assessment`, { grade: 'good' })).status).toBe(404);
  });

  it('answers 401 without a token, 403 outside role, 404 outside jurisdiction or own organization', async () => {
    const { caseId, inspected, data } = await opened();
    const other = await opened();
    expect((await harness.http().get(`/api/v1/rectification-cases/${caseId}`)).status).toBe(401);
    expect(
      (await harness.http().get(`/api/v1/rectification-cases`).auth('garbage', { type: 'bearer' }))
        .status,
    ).toBe(401);
    expect(
      (
        await harness
          .http()
          .get(`/api/v1/rectification-cases/${caseId}`)
          .auth(outsider, { type: 'bearer' })
      ).status,
    ).toBe(404);
    expect((await post(office, `${caseId}/plan`, fullPlan(other.itemIds))).status).toBe(403);
    expect((await post(inspected, `${caseId}/assessment`, { grade: 'good' })).status).toBe(403);
    expect((await post(analyst, `${caseId}/supervision-notes`, { note: 'x' })).status).toBe(403);

    // The inspected organization sees and edits only its own case.
    expect(
      (
        await harness
          .http()
          .get(`/api/v1/rectification-cases/${other.caseId}`)
          .auth(inspected, { type: 'bearer' })
      ).status,
    ).toBe(404);
    expect((await post(inspected, `${other.caseId}/plan`, fullPlan(other.itemIds))).status).toBe(
      404,
    );
    const own = await harness
      .http()
      .get('/api/v1/rectification-cases')
      .auth(inspected, { type: 'bearer' });
    expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    expect(own.body.items[0].targetId).toBe(data.targetId);
  });

  it('produces the public disclosure without withheld items', async () => {
    const { caseId, inspected, itemIds, view } = await opened();
    expect(
      (await post(office, `${caseId}/items/${itemIds[0]}/withhold`, { reason: '涉及在办案件' }))
        .status,
    ).toBe(200);
    const res = await harness
      .http()
      .get(`/api/v1/rectification-cases/${caseId}/disclosure`)
      .auth(inspected, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.itemCount).toBe(itemIds.length - 1);
    expect(res.body.text).not.toContain(view.items[0].title);
    expect(res.body.text).toContain(view.items[1].title);
  });

  it('configures deadlines per jurisdiction: the nearest configured ancestor applies', async () => {
    const get = (code: string, token = office) =>
      harness.http().get(`/api/v1/rectification-deadlines/${code}`).auth(token, { type: 'bearer' });
    expect((await get('611002')).body).toMatchObject({
      planWorkingDays: 15,
      reportMonths: 2,
      source: 'default',
    });
    const put = await harness
      .http()
      .put('/api/v1/rectification-deadlines/611000')
      .auth(office, { type: 'bearer' })
      .send({ planWorkingDays: 20, reportMonths: 3 });
    expect(put.status).toBe(200);
    expect((await get('611002')).body).toMatchObject({
      planWorkingDays: 20,
      reportMonths: 3,
      source: '611000',
    });
    expect((await get('610200')).status).toBe(403);
    expect((await get('12')).status).toBe(400);
    const bad = await harness
      .http()
      .put('/api/v1/rectification-deadlines/611000')
      .auth(office, { type: 'bearer' })
      .send({ planWorkingDays: 0 });
    expect(bad.status).toBe(400);

    const { view } = await opened({ jurisdiction: '611002' });
    expect(view).toMatchObject({ planDueBy: '2026-07-14', reportDueBy: '2026-09-16' });
    await harness
      .http()
      .put('/api/v1/rectification-deadlines/611000')
      .auth(office, { type: 'bearer' })
      .send({ planWorkingDays: 15, reportMonths: 2 });
  });

  it('raises overdue plans and items once and lists them', async () => {
    const { caseId, inspected, itemIds } = await opened();
    now = new Date('2026-07-08T09:00:00+08:00');
    const waitOverdue = async (count: number) => {
      for (let i = 0; i < 200; i++) {
        await harness.settled();
        const res = await harness
          .http()
          .get(`/api/v1/rectification-cases/overdue`)
          .auth(office, { type: 'bearer' });
        const mine = res.body.items.filter((e: { caseId: string }) => e.caseId === caseId);
        if (mine.length === count) return mine;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('overdue list not as expected');
    };
    expect(await waitOverdue(1)).toEqual([
      expect.objectContaining({ what: 'plan', dueBy: '2026-07-07' }),
    ]);

    await post(inspected, `${caseId}/plan`, fullPlan(itemIds));
    await post(office, `${caseId}/plan/review`, { decision: 'approve', reasons: [] });
    await post(office, `${caseId}/items/${itemIds[0]}/sign-off`, { evidence: '凭证' });
    now = new Date('2026-09-01T09:00:00+08:00');
    const overdue = await waitOverdue(itemIds.length); // the report and every item but the one signed off
    expect(overdue.map((e: { what: string }) => e.what).sort()).toEqual(['item', 'item', 'report']);

    await new Promise((resolve) => setTimeout(resolve, 400));
    const raised = (await harness.eventStore.readStream(`rectification.case-${caseId}`)).filter(
      (e) => e.type === 'RectificationOverdue',
    );
    expect(raised).toHaveLength(4);
    now = new Date('2026-06-20T09:00:00+08:00');
  });
});
