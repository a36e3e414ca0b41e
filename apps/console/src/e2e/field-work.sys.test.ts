/// <reference lib="dom" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningSystem } from '@xuncha/platform-nest/testing';
import { workspaceRoot } from '../gateway/bundle';
import { launchChromium, shoot, signInAs, startConsoleSystem, watchedPage } from './browser';

const OUT = join(workspaceRoot(), 'tmp/console-e2e/field-work');
const OFFICE = ['巡察办', '商洛市巡察办工作人员'] as const;
const HEADCOUNT = 10;

/** A call of the console's API from the signed-in page, for what the office set up before. */
async function api<T = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const answer = await page.evaluate(
    async ([method, path, body]) => {
      const { csrf } = await (await fetch('/console/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: body === null ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
    [method, path, body ?? null] as const,
  );
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer)}`);
  return answer.body as T;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The office's launched round with one team and one target, as the planning screens leave it. */
async function launchedRound(page: Page): Promise<void> {
  const planning = (method: string, path: string, body?: unknown) =>
    api<{ id: string; teamId?: string }>(page, method, `/api/planning/v1${path}`, body);
  const target = await planning('POST', '/targets', {
    name: '商洛市档案馆',
    category: 'public-institution',
    tier: 'city',
    jurisdiction: '611000',
    headcount: HEADCOUNT,
  });
  const cadre = (name: string, pools: string[]) =>
    planning('POST', '/cadres', { name, jurisdiction: '611000', pools, expertise: [] });
  const leader = await cadre('田组长', ['leader']);
  const deputy = await cadre('任副组长', ['talent']);
  const liaison = await cadre('冯联络员', ['talent']);
  const member = await cadre('贺组员', ['talent']);
  const year = new Date().getUTCFullYear();
  const plan = await planning('POST', '/term-plans', {
    name: '商洛市委巡察规划（工作台测试）',
    jurisdiction: '611000',
    from: `${year - 1}-01-01`,
    to: `${year + 3}-12-31`,
    targetIds: [target.id],
  });
  await planning('POST', `/term-plans/${plan.id}/adopt`, {});
  const round = await planning('POST', '/rounds', {
    termPlanId: plan.id,
    ordinal: 1,
    kind: 'regular',
    modes: [],
    window: { from: day(-20), to: day(40) },
  });
  await planning('POST', `/rounds/${round.id}/teams`, {
    leaderId: leader.id,
    deputyIds: [deputy.id],
    liaisonId: liaison.id,
    memberIds: [member.id],
    targetIds: [target.id],
  });
  await planning('POST', `/rounds/${round.id}/approve`, {});
  await planning('POST', `/rounds/${round.id}/launch`, {});
}

/**
 * The team's field work through the screens (#21, first part): the leader finds the
 * inspection under 我的巡察, stations, sees the report refused while the talks fall short,
 * records talks until the meter turns green, records a finding from the round's catalog,
 * and drafts the report.
 */
describe('the team’s workspace in headless Chromium', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let BASE = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-console-field-'));
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

  it('stations, talks until the meter is green (the report refused before), records a finding from the catalog, drafts the report', async () => {
    const office = await watchedPage(browser!, BASE);
    await signInAs(office.page, ...OFFICE);
    await launchedRound(office.page);
    await office.close();

    const { page, problems, close, expect: expectAnswer } = await watchedPage(browser!, BASE);
    const a11y: string[] = [];
    try {
      await signInAs(page, '巡察组干部', '田组长');
      // The inspection opens once the round's launch reached the inspection service; the home
      // page then names it and its next step.
      const waiting = page.getByRole('listitem').filter({ hasText: '商洛市档案馆' });
      for (let i = 0; i < 50 && !(await waiting.isVisible()); i++) {
        await page.waitForTimeout(300);
        await page.reload();
      }
      expect(await waiting.textContent()).toContain('待进驻');
      a11y.push(...(await shoot(page, OUT, '00-home')));
      await page.getByRole('link', { name: '我的巡察' }).click();
      const link = page.getByRole('link', { name: '商洛市档案馆' });
      await link.waitFor();
      a11y.push(...(await shoot(page, OUT, '01-my-inspections')));
      await link.click();
      await page.getByText('巡察工作台：商洛市档案馆').waitFor();

      // ── 进驻 ──
      await page.getByLabel('公告时间').fill(`${day(-2)} 09:00`);
      await page.keyboard.press('Enter');
      await page.getByLabel('举报电话').check();
      await page.getByLabel('意见箱/举报箱').check();
      a11y.push(...(await shoot(page, OUT, '02-stationing')));
      await page.getByRole('button', { name: '进 驻' }).click();
      const meter = page.getByTestId('talk-meter');
      await meter.waitFor();
      expect(await meter.getAttribute('data-met')).toBe('false');

      // ── The report is refused while the talks fall short, and says why ──
      expectAnswer(422, '/report');
      await page.getByRole('button', { name: '起草报告' }).click();
      await page.getByTestId('report-refusal').waitFor();
      expect(await page.getByTestId('report-refusal').textContent()).toMatch(/谈话/);
      a11y.push(...(await shoot(page, OUT, '03-talks-short-report-refused')));

      // ── 个别谈话 until the meter turns green: 30人以下全覆盖 over the five must-talk groups ──
      const talks: Array<[string, number]> = [
        ['领导班子成员', 2],
        ['党员', 3],
        ['中层干部', 2],
        ['少数民族代表', 1],
        ['老中青代表', 2],
      ];
      let talked = 0;
      for (const [group, count] of talks) {
        await page.getByRole('combobox', { name: /谈话对象/ }).click();
        await page.getByTitle(group, { exact: true }).click();
        // 谈话日期 is today unless changed.
        await page.getByLabel('人数').fill(String(count));
        await page.getByRole('button', { name: '记录谈话' }).click();
        talked += count;
        await meter.getByText(`${talked}/${HEADCOUNT}`).waitFor();
      }
      await page.locator('[data-testid="talk-meter"][data-met="true"]').waitFor();
      // The refusal spoke of the talks as they were: it is gone.
      await page.getByTestId('report-refusal').waitFor({ state: 'detached' });
      a11y.push(...(await shoot(page, OUT, '04-talks-met')));

      // ── 发现问题, classified from the round's catalog by searching its items ──
      await page.getByLabel('问题表述').fill('档案数字化项目资金管理不规范');
      await page.getByLabel('问题描述').fill('2025年档案数字化项目资金未按合同约定支付');
      await page.getByRole('combobox', { name: /监督重点条目/ }).fill('SGJJ-2-07');
      await page.keyboard.press('Enter');
      await page.getByRole('combobox', { name: /涉及人员层级/ }).click();
      await page.getByTitle('科级干部', { exact: true }).click();
      await page.getByLabel('涉及金额（元）').fill('86000');
      await page.getByRole('button', { name: '记录问题' }).click();
      await page.getByRole('cell', { name: '档案数字化项目资金管理不规范' }).waitFor();
      a11y.push(...(await shoot(page, OUT, '05-finding-recorded')));

      // ── 立行立改 from the finding, and a clue (confidential: the list shows no person) ──
      await page.getByLabel('事项').fill('清退未按合同支付的项目资金');
      await page
        .getByRole('combobox', { name: /来源问题/ })
        .first()
        .click();
      await page.getByTitle('档案数字化项目资金管理不规范').first().click();
      await page.getByRole('button', { name: '交 办' }).click();
      await page.getByRole('cell', { name: '清退未按合同支付的项目资金' }).waitFor();
      await page.getByLabel('涉及人员姓名').fill('钱某某');
      await page.getByLabel('职务').fill('办公室主任');
      await page.getByRole('combobox', { name: /职级/ }).click();
      await page.getByTitle('科级干部', { exact: true }).last().click();
      await page.getByLabel('线索内容').fill('涉嫌违规指定数字化项目供应商');
      await page.getByRole('combobox', { name: /违纪类别/ }).click();
      await page.getByTitle('廉洁纪律', { exact: true }).click();
      await page.getByRole('button', { name: '记录线索' }).click();
      await page.getByText('问题线索（1）').waitFor();
      expect(await page.getByText('钱某某').count()).toBe(0);
      a11y.push(...(await shoot(page, OUT, '05b-item-and-clue')));

      // ── 起草报告, now that the talks are done ──
      await page.getByRole('button', { name: '起草报告' }).click();
      await page.getByText('报告已起草').waitFor();
      a11y.push(...(await shoot(page, OUT, '06-report-drafted')));
      expect(a11y).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);
});
