/// <reference lib="dom" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningSystem } from '@xuncha/platform-nest/testing';
import { workspaceRoot } from '../gateway/bundle';
import { launchChromium, shoot, signInAs, startConsoleSystem, watchedPage } from './browser';

const OUT = join(workspaceRoot(), 'tmp/console-e2e/office');
const OFFICE = ['巡察办', '商洛市巡察办工作人员'] as const;

/** A call of the console's own API from the signed-in page (cookie and CSRF proof as the page has them). */
async function api<T = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  ifMatch?: number,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ([method, path, body, ifMatch]) => {
      const { csrf } = await (await fetch('/console/session')).json();
      const response = await fetch(path, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': csrf,
          ...(ifMatch !== null && { 'if-match': `"${ifMatch}"` }),
        },
        body: body === null ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
    [method, path, body ?? null, ifMatch ?? null] as const,
  );
}

/**
 * The office's changes of its register and its settings, and how the pages behave when a
 * call is refused: a concurrent change (409), a lost session, a bad field (400).
 */
describe('the office’s screens in headless Chromium', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let BASE = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-console-office-'));
    rmSync(OUT, { recursive: true, force: true });
    ({ system, base: BASE } = await startConsoleSystem(dir));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    if (system) writeFileSync(join(OUT, 'system.log'), system.output());
    rmSync(dir, { recursive: true, force: true });
  });

  it('edits a target (409 offers to reload; 400 marked at the field in Chinese), merges and splits with the reform’s date, edits a cadre', async () => {
    const { page, problems, close, expect: expectAnswer } = await watchedPage(browser!, BASE);
    const out = join(OUT, 'register');
    const a11y: string[] = [];
    try {
      await signInAs(page, ...OFFICE);
      for (const [name, headcount] of [
        ['商洛市审计局', 40],
        ['商洛市统计局', 30],
        ['商洛市调查队', 12],
        ['商洛市工业和信息化局', 60],
      ] as const) {
        const created = await api(page, 'POST', '/api/planning/v1/targets', {
          name,
          category: 'government-department',
          tier: 'city',
          jurisdiction: '611000',
          headcount,
        });
        expect(created.status).toBe(201);
      }
      await api(page, 'POST', '/api/planning/v1/cadres', {
        name: '赵联络员',
        jurisdiction: '611000',
        pools: ['talent'],
        expertise: [],
      });
      await page.getByRole('link', { name: '巡察对象' }).click();
      const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });

      // ── 编辑 while someone else changes the same target: 409, reload, save again ──
      await row('商洛市审计局').getByRole('button', { name: '编辑' }).click();
      // The dialog of the change (a confirmation may open over it).
      const dialog = page.locator('.ant-modal:not(.ant-modal-confirm)');
      await expectField(dialog.getByLabel('干部职工人数'), '40');
      const { body: audit } = await api<{ id: string; revision: number }>(
        page,
        'GET',
        (await targetPath(page, '商洛市审计局')) as string,
      );
      expect(
        (
          await api(
            page,
            'PATCH',
            `/api/planning/v1/targets/${audit.id}`,
            { headcount: 45 },
            audit.revision,
          )
        ).status,
      ).toBe(200);
      await dialog.getByLabel('主要负责人').fill('吴某某');
      expectAnswer(409, `/targets/${audit.id}`);
      await dialog.getByRole('button', { name: '保 存' }).click();
      await page.locator('.ant-modal-confirm-title', { hasText: '数据已被他人修改' }).waitFor();
      a11y.push(...(await shoot(page, out, '01-conflict-offers-reload')));
      await page.getByRole('button', { name: '重新加载' }).click();
      // The other person's change is in the form now; the draft typed before it is gone.
      await expectField(dialog.getByLabel('干部职工人数'), '45');
      expect(await dialog.getByLabel('主要负责人').inputValue()).toBe('');
      await dialog.getByLabel('主要负责人').fill('吴某某');
      await dialog.getByRole('button', { name: '保 存' }).click();
      await row('商洛市审计局').getByText('吴某某').waitFor();
      expect(await row('商洛市审计局').innerText()).toMatch(/45\s+吴某某/);

      // ── 400: the service's bound, at the field, in Chinese; nothing stored ──
      await row('商洛市审计局').getByRole('button', { name: '编辑' }).click();
      await expectField(dialog.getByLabel('干部职工人数'), '45');
      await dialog.getByLabel('干部职工人数').fill('2000000');
      expectAnswer(400, `/targets/${audit.id}`);
      await dialog.getByRole('button', { name: '保 存' }).click();
      const field = dialog.locator('.ant-form-item', { has: page.getByText('干部职工人数') });
      await field.getByText('填写有误：不得大于 1000000').waitFor();
      a11y.push(...(await shoot(page, out, '02-bad-field')));
      await dialog.getByRole('button', { name: '取 消' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await row('商洛市审计局').innerText()).toMatch(/45\s+吴某某/);

      // ── 机构改革合并: 调查队 joins 统计局 from 2027-01-01 and leaves the active list ──
      await row('商洛市统计局').getByRole('button', { name: '合并' }).click();
      await dialog.getByLabel('并入本单位的单位（合并后撤销）').click();
      await page.getByTitle('商洛市调查队').click();
      await dialog.getByLabel('合并依据（机构改革文件）').fill('商机改〔2026〕3号');
      await dialog.getByLabel('生效日期').fill('2027-01-01');
      await page.keyboard.press('Enter');
      a11y.push(...(await shoot(page, out, '03-merge-form')));
      await dialog.getByRole('button', { name: '合 并' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row('商洛市调查队').waitFor({ state: 'detached' });

      // ── 机构改革拆分: 工业和信息化局 becomes two successors ──
      await row('商洛市工业和信息化局').getByRole('button', { name: '拆分' }).click();
      const names = dialog.getByLabel('单位名称');
      await names.nth(0).fill('商洛市工业局');
      await names.nth(1).fill('商洛市信息化局');
      await dialog.getByLabel('拆分依据（机构改革文件）').fill('商机改〔2026〕4号');
      await dialog.getByLabel('生效日期').fill('2027-01-01');
      await page.keyboard.press('Enter');
      a11y.push(...(await shoot(page, out, '04-split-form')));
      await dialog.getByRole('button', { name: '拆 分' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row('商洛市信息化局').waitFor();
      await row('商洛市工业局').waitFor();
      await row('商洛市工业和信息化局').waitFor({ state: 'detached' });
      a11y.push(...(await shoot(page, out, '05-targets-after-reform')));

      // The reform's date and document are on the record: the retired ones, filtered by status.
      await page.getByLabel('状态').click();
      await page.getByTitle('已撤销').click();
      expect(await row('商洛市调查队').innerText()).toMatch(/已撤销\s*2027-01-01 起合并/);
      expect(await row('商洛市工业和信息化局').innerText()).toMatch(/已撤销\s*2027-01-01 起拆分/);
      a11y.push(...(await shoot(page, out, '06-retired')));
      const retired = await api<{ items: Array<Record<string, unknown>> }>(
        page,
        'GET',
        '/api/planning/v1/targets?status=retired&jurisdiction=611000',
      );
      expect(retired.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: '商洛市调查队',
            retirement: { reason: '商机改〔2026〕3号', effectiveOn: '2027-01-01', by: 'merged' },
          }),
          expect.objectContaining({
            name: '商洛市工业和信息化局',
            retirement: { reason: '商机改〔2026〕4号', effectiveOn: '2027-01-01', by: 'split' },
          }),
        ]),
      );

      // ── 干部库: change a cadre's expertise and home unit ──
      await page.getByRole('link', { name: '干部库' }).click();
      await row('赵联络员').getByRole('button', { name: '编辑' }).click();
      await dialog.getByText('人才库').waitFor();
      await dialog.getByLabel('专长（回车添加）').click();
      await page.getByTitle('财务').click();
      // The tags list stays open: a click on the dialog's title closes it.
      await dialog.getByText('调整入库信息：赵联络员').click();
      await dialog.getByLabel('所在单位').click();
      await page.getByTitle('商洛市统计局').click();
      a11y.push(...(await shoot(page, out, '07-cadre-edit')));
      await dialog.getByRole('button', { name: '保 存' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row('赵联络员').getByText('商洛市统计局').waitFor();
      expect(await row('赵联络员').innerText()).toMatch(/人才库\s+财务\s+商洛市统计局/);
      a11y.push(...(await shoot(page, out, '08-cadres')));

      expect(problems).toEqual([]);
      expect(a11y).toEqual([]);
    } finally {
      await page.screenshot({ path: join(out, 'last.png') });
      await close();
    }
  }, 180_000);

  it('a lost session returns to sign-in and, signed in again, the typed draft is still there', async () => {
    const { page, problems, close, expect: expectAnswer } = await watchedPage(browser!, BASE);
    const out = join(OUT, 'session');
    const a11y: string[] = [];
    try {
      await signInAs(page, ...OFFICE);
      await page.getByRole('link', { name: '巡察对象' }).click();
      await page.getByRole('button', { name: '新增巡察对象' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('单位名称').fill('商洛市林业局');
      await dialog.getByLabel('类别').click();
      await page.getByTitle('政府工作部门').click();
      await dialog.getByLabel('干部职工人数').fill('18');
      // Signed out at the gateway while the form is being filled (another tab, an expiry).
      const [cookie] = await page.context().cookies();
      const asBrowser = (path: string, init: RequestInit = {}) =>
        fetch(`${BASE}${path}`, {
          ...init,
          headers: { cookie: `${cookie.name}=${cookie.value}`, ...init.headers },
        });
      const { csrf } = (await (await asBrowser('/console/session')).json()) as { csrf: string };
      expect(
        (
          await asBrowser('/console/logout', {
            method: 'POST',
            headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
            body: '{}',
          })
        ).status,
      ).toBeLessThan(300);
      await dialog.getByLabel('主要负责人').fill('郑某某');
      expectAnswer(401, '/api/planning/v1/targets');
      await dialog.getByRole('button', { name: '保 存' }).click();
      await page.getByRole('button', { name: '以商洛市巡察办工作人员登录' }).waitFor();
      expect(page.url()).toContain('/signin?next=%2Ftargets');
      a11y.push(...(await shoot(page, out, '01-back-at-sign-in')));
      await page.getByRole('button', { name: '以商洛市巡察办工作人员登录' }).click();
      // Back on the page it left, the dialog open with what was typed.
      await expectField(page.getByRole('dialog').getByLabel('单位名称'), '商洛市林业局');
      expect(await dialog.getByLabel('干部职工人数').inputValue()).toBe('18');
      expect(await dialog.getByLabel('主要负责人').inputValue()).toBe('郑某某');
      a11y.push(...(await shoot(page, out, '02-draft-kept')));
      await dialog.getByRole('button', { name: '保 存' }).click();
      await page.getByRole('cell', { name: '商洛市林业局' }).waitFor();
      expect(problems).toEqual([]);
      expect(a11y).toEqual([]);
    } finally {
      await page.screenshot({ path: join(out, 'last.png') });
      await close();
    }
  }, 120_000);

  it('sets deadlines per jurisdiction, picks a county in the shell, and lists the clue to assess with its record', async () => {
    const { page, problems, close, expect: expectAnswer } = await watchedPage(browser!, BASE);
    const out = join(OUT, 'settings-home');
    const a11y: string[] = [];
    try {
      await signInAs(page, ...OFFICE);
      await launchedRoundWithUrgentClue(page);

      // ── 首页: the clue waiting for the joint review, by the target's name, to its record ──
      const clueCard = page.locator('.ant-card', { hasText: '待会商的线索' });
      for (let i = 0; ; i++) {
        await page.goto('/');
        await clueCard.getByText(/待会商的线索（\d+）/).waitFor();
        if ((await clueCard.innerText()).includes('待会商的线索（1）')) break;
        if (i > 60) throw new Error('the clue never reached the clue service');
        await page.waitForTimeout(500);
      }
      // The target's name comes from the planning service a moment after the list.
      await clueCard.getByRole('link', { name: '商洛市审计局' }).waitFor();
      expect(await clueCard.innerText()).toMatch(/商洛市审计局\s+廉洁纪律/);
      await page.locator('.ant-card', { hasText: '逾期事项' }).getByText('没有逾期事项').waitFor();
      a11y.push(...(await shoot(page, out, '01-home')));
      // To the clue's record (read in full, and the read kept), and from it to the target's dossier.
      await clueCard.getByRole('link', { name: '商洛市审计局' }).click();
      await page.getByText('问题线索：商洛市审计局').waitFor();
      await page.getByText('待集体会商').waitFor();
      await page.getByRole('main').getByRole('link', { name: '商洛市审计局' }).click();
      await page.getByText('巡察档案：商洛市审计局').waitFor();
      const clueRow = page.locator('tr.marked-row');
      for (let i = 0; (await clueRow.count()) === 0; i++) {
        // The query service folds the clue from the bus a moment after the clue service.
        if (i > 60) throw new Error('the clue never reached the query service');
        await page.waitForTimeout(500);
        await page.reload();
        await page.getByText('巡察档案：商洛市审计局').waitFor();
      }
      expect(await clueRow.innerText()).toMatch(/廉洁纪律\s+一把手\s+已登记/);
      a11y.push(...(await shoot(page, out, '02-dossier')));

      // ── 时限设置: defaults, a refused number at its field, a saved change ──
      await page.getByRole('link', { name: '时限设置' }).click();
      await page.getByText('时限设置：商洛市').waitFor();
      const rounds = page.locator('.ant-card', { hasText: '巡察工作时限' });
      await rounds.getByText('当前采用：默认时限').waitFor();
      await expectField(rounds.getByLabel('现场巡察（天）'), '40');
      await rounds.getByLabel('现场巡察（天）').fill('0');
      expectAnswer(400, '/deadlines/611000');
      await rounds.getByRole('button', { name: '保 存' }).click();
      await rounds
        .locator('.ant-form-item', { hasText: '现场巡察（天）' })
        .getByText('填写有误：不得小于 1')
        .waitFor();
      a11y.push(...(await shoot(page, out, '03-deadline-refused')));
      await rounds.getByLabel('现场巡察（天）').fill('45');
      await rounds.getByRole('button', { name: '保 存' }).click();
      await rounds.getByText('当前采用：本区划的设置').waitFor();
      const cases = page.locator('.ant-card', { hasText: '整改时限' });
      await expectField(cases.getByLabel('整改方案报送（工作日）'), '15');
      await cases.getByLabel('整改报告报送（月）').fill('3');
      await cases.getByRole('button', { name: '保 存' }).click();
      await cases.getByText('当前采用：本区划的设置').waitFor();
      a11y.push(...(await shoot(page, out, '04-deadlines-saved')));

      // ── The shell's jurisdiction picker: a county below the city scopes every list ──
      await page.getByRole('combobox', { name: '查看区划' }).click();
      await page.locator('.ant-select-tree').getByTitle('商州区').click();
      await page.getByText('时限设置：商州区').waitFor();
      await rounds.getByText('当前采用：沿用商洛市的设置').waitFor();
      await expectField(rounds.getByLabel('现场巡察（天）'), '45');
      await cases.getByText('当前采用：沿用商洛市的设置').waitFor();
      a11y.push(...(await shoot(page, out, '05-county-deadlines')));
      await page.getByRole('link', { name: '巡察对象' }).click();
      await page.getByRole('tree', { name: '区划' }).getByText('商州区').waitFor();
      await page.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
      expect(await page.getByRole('cell', { name: '商洛市审计局' }).count()).toBe(0);
      a11y.push(...(await shoot(page, out, '06-county-targets')));
      // Kept for the tab: a reload shows the same county.
      await page.reload();
      await page.getByRole('tree', { name: '区划' }).getByText('商州区').waitFor();

      expect(problems).toEqual([]);
      expect(a11y).toEqual([]);
    } finally {
      await page.screenshot({ path: join(out, 'last.png') });
      await close();
    }
  }, 180_000);
});

/** Waits until an input shows `value` (a dialog fills its form once the record is read). */
async function expectField(input: import('playwright-core').Locator, value: string) {
  for (let i = 0; i < 50; i++) {
    if (value === '' ? await input.isVisible() : (await input.inputValue()) === value) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await input.inputValue()).toBe(value);
}

async function targetPath(page: Page, name: string): Promise<string | undefined> {
  const { body } = await api<{ items: Array<{ id: string; name: string }> }>(
    page,
    'GET',
    '/api/planning/v1/targets?jurisdiction=611000&limit=100',
  );
  const id = body.items.find((t) => t.name === name)?.id;
  return id && `/api/planning/v1/targets/${id}`;
}

/**
 * A term plan, a round with a team for 商洛市审计局, approved and launched; the team stationed and
 * an urgent clue recorded (边巡边移), which reaches the clue service over the bus at once.
 */
async function launchedRoundWithUrgentClue(page: Page): Promise<void> {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { body: targets } = await api<{ items: Array<{ id: string; name: string }> }>(
    page,
    'GET',
    '/api/planning/v1/targets?jurisdiction=611000&status=active&limit=100',
  );
  const targetId = targets.items.find((t) => t.name === '商洛市审计局')!.id;
  const cadre = async (name: string, pools: string[]) =>
    (
      await api<{ id: string }>(page, 'POST', '/api/planning/v1/cadres', {
        name,
        jurisdiction: '611000',
        pools,
        expertise: [],
      })
    ).body.id;
  const leaderId = await cadre('钱组长', ['leader']);
  const liaisonId = await cadre('孙联络员', ['talent']);
  const memberId = await cadre('周组员', ['talent']);
  const plan = await api<{ id: string }>(page, 'POST', '/api/planning/v1/term-plans', {
    name: '四届市委巡察工作规划',
    jurisdiction: '611000',
    from: '2026-01-01',
    to: '2030-12-31',
    targetIds: [targetId],
  });
  expect(plan.status).toBe(201);
  await api(page, 'POST', `/api/planning/v1/term-plans/${plan.body.id}/adopt`, {});
  const round = await api<{ id: string }>(page, 'POST', '/api/planning/v1/rounds', {
    termPlanId: plan.body.id,
    ordinal: 1,
    kind: 'regular',
    modes: [],
    // Around today: the team stationed a week ago, so a clue identified now follows it.
    window: { from: day(-30), to: day(30) },
  });
  expect(round.status).toBe(201);
  const roundPath = `/api/planning/v1/rounds/${round.body.id}`;
  const formed = await api(page, 'POST', `${roundPath}/teams`, {
    leaderId,
    deputyIds: [],
    liaisonId,
    memberIds: [memberId],
    targetIds: [targetId],
  });
  expect(formed.status).toBe(200);
  expect((await api(page, 'POST', `${roundPath}/approve`, {})).status).toBe(200);
  expect((await api(page, 'POST', `${roundPath}/launch`, {})).status).toBe(200);
  // The inspection service opens the inspection when it hears of the launch.
  let inspectionId: string | undefined;
  for (let i = 0; !inspectionId; i++) {
    if (i > 60) throw new Error('the inspection was never opened');
    const { body } = await api<{ items: Array<{ id: string }> }>(
      page,
      'GET',
      `/api/inspection/v1/inspections?roundId=${round.body.id}&targetId=${targetId}`,
    );
    inspectionId = body.items?.[0]?.id;
    if (!inspectionId) await page.waitForTimeout(500);
  }
  const inspection = `/api/inspection/v1/inspections/${inspectionId}`;
  const stationed = await api(page, 'POST', `${inspection}/stationing`, {
    announcedAt: `${day(-7)}T09:00:00+08:00`,
    channels: ['phone', 'mailbox'],
  });
  expect(stationed.status).toBe(200);
  const clue = await api(page, 'POST', `${inspection}/clues`, {
    person: { name: '某某', position: '局长', rank: 'top-leader' },
    allegation: '涉嫌违规发放津贴补贴',
    discipline: 'integrity',
    urgent: true,
  });
  expect(clue.status).toBe(201);
}
