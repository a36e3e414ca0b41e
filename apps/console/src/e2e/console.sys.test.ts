/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningSystem } from '@xuncha/platform-nest/testing';
import { workspaceRoot } from '../gateway/bundle';
import { launchChromium, shoot, signInAs, startConsoleSystem, watchedPage } from './browser';

const OUT = join(workspaceRoot(), 'tmp/console-e2e');

/** The expected menu of each role, as the shell shows it. */
const MENUS: Record<string, string[]> = {
  office: [
    '首页',
    '巡察对象',
    '干部库',
    '届内巡察规划',
    '巡察轮次',
    '时限设置',
    '巡察工作',
    '问题线索',
    '整改监督',
    '统计分析',
  ],
  team: ['首页', '我的巡察'],
  inspected: ['首页', '整改落实'],
  discipline: ['首页', '移交线索', '整改监督'],
  organization: ['首页', '移交线索', '整改监督'],
  analyst: ['首页', '统计分析'],
  admin: ['首页', '审计日志'],
};

/** The console through its gateway in front of the five services, in headless Chromium. */
describe('the console in headless Chromium', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let BASE = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-console-'));
    // Only this file's pictures: the other console tests write beside them.
    for (const sub of ['planning', 'roles'])
      rmSync(join(OUT, sub), { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    ({ system, base: BASE } = await startConsoleSystem(dir));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    // What the six processes said, beside the screenshots.
    if (system) writeFileSync(join(OUT, 'system.log'), system.output());
    rmSync(dir, { recursive: true, force: true });
  });

  it('office of 611000 plans a round: targets, cadres, a conflict, the term plan, the recusal refusal, the suggested team, approval, launch', async () => {
    const { page, problems, close, expect: expectAnswer } = await watchedPage(browser!, BASE);
    const out = join(OUT, 'planning');
    const a11y: string[] = [];
    try {
      await page.goto('/');
      await page.getByText('商洛市巡察办工作人员').first().waitFor();
      a11y.push(...(await shoot(page, out, '01-sign-in')));
      await page.getByRole('button', { name: '以商洛市巡察办工作人员登录' }).click();
      await page.getByText('您好，商洛市巡察办工作人员').waitFor();
      await page.getByTestId('who').getByText('商洛市', { exact: true }).waitFor();
      expect(await page.getByTestId('who').innerText()).toMatch(
        /商洛市巡察办工作人员.*巡察办.*商洛市/s,
      );
      a11y.push(...(await shoot(page, out, '02-home')));

      await page.getByRole('link', { name: '巡察对象' }).click();
      await page.getByRole('button', { name: '新增巡察对象' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('单位名称').fill('商洛市审计局');
      await dialog.getByLabel('类别').click();
      await page.getByTitle('政府工作部门').click();
      await dialog.getByLabel('层级').click();
      await page.getByTitle('市级').click();
      await dialog.getByLabel('干部职工人数').fill('40');
      await dialog.getByLabel('主要负责人').fill('周某某');
      a11y.push(...(await shoot(page, out, '03-target-form')));
      await dialog.getByRole('button', { name: '保 存' }).click();
      await page.getByRole('cell', { name: '商洛市审计局' }).waitFor();
      expect(await page.getByRole('row', { name: /商洛市审计局/ }).innerText()).toMatch(
        /政府工作部门\s+市级\s+商洛市\s+40\s+周某某\s+在册/,
      );
      a11y.push(...(await shoot(page, out, '04-targets')));

      await page.getByRole('link', { name: '干部库' }).click();
      for (const [name, pool] of [
        ['王组长', '组长库'],
        ['李干部', '人才库'],
        ['赵联络员', '人才库'],
      ]) {
        await page.getByRole('button', { name: '干部入库' }).click();
        const form = page.getByRole('dialog');
        await form.getByLabel('姓名').fill(name);
        await form.getByLabel('入库类别').click();
        if (pool === '组长库') await page.getByTitle('组长库').click();
        await form.getByLabel('姓名').click();
        await form.getByRole('button', { name: '保 存' }).click();
        await page.getByRole('cell', { name, exact: true }).waitFor();
      }
      a11y.push(...(await shoot(page, out, '05-cadres')));

      await page
        .getByRole('row', { name: /李干部/ })
        .getByRole('button', { name: '申报回避' })
        .click();
      const conflict = page.getByRole('dialog');
      await conflict.getByLabel('回避单位').click();
      await page.getByTitle('商洛市审计局').click();
      await conflict.getByLabel('回避原因').fill('配偶在该单位任职');
      a11y.push(...(await shoot(page, out, '06-conflict-form')));
      await conflict.getByRole('button', { name: '申 报' }).click();
      await page
        .getByRole('row', { name: /李干部/ })
        .getByText('商洛市审计局')
        .waitFor();
      a11y.push(...(await shoot(page, out, '07-conflict-declared')));

      // ── 届内巡察规划: draft with every registered target, adopt, see the coverage ──
      const range = async (label: string, from: string, to: string) => {
        await page.getByRole('dialog').getByLabel(label).click();
        await page.keyboard.type(from);
        await page.keyboard.press('Enter');
        await page.keyboard.type(to);
        await page.keyboard.press('Enter');
      };
      await page.getByRole('link', { name: '届内巡察规划' }).click();
      await page.getByRole('button', { name: '起草规划' }).click();
      await page.getByRole('dialog').getByLabel('规划名称').fill('四届市委巡察工作规划');
      await range('届期', '2026-01-01', '2030-12-31');
      await page.getByRole('button', { name: '全部在册单位' }).click();
      a11y.push(...(await shoot(page, out, '08-term-plan-form')));
      await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
      const planRow = page.getByRole('row', { name: /四届市委巡察工作规划/ });
      await planRow.getByText('草案').waitFor();
      expect(await planRow.innerText()).toMatch(/商洛市\s+2026-01-01 至 2030-12-31\s+1 个单位/);
      await planRow.getByRole('button', { name: '通过规划' }).click();
      await planRow.getByText('已通过').waitFor();
      await planRow.getByRole('button', { name: '覆盖进度' }).click();
      await page.getByText('尚未巡察（1）').waitFor();
      expect(await page.locator('.ant-drawer-open').innerText()).toMatch(
        /应巡\s+1\s+已巡\s+0\s+覆盖率\s+0\.0%[\s\S]*商洛市审计局/,
      );
      a11y.push(...(await shoot(page, out, '09-coverage')));
      await page.keyboard.press('Escape');
      await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

      // ── 巡察轮次: plan, the recusal refusal at the field, the suggested team, approve, launch ──
      await page.getByRole('link', { name: '巡察轮次' }).click();
      await page.getByRole('button', { name: '拟定轮次' }).click();
      await page.getByRole('dialog').getByLabel('届内巡察规划').click();
      await page.getByTitle('四届市委巡察工作规划').click();
      await range('巡察时间', '2027-03-01', '2027-04-30');
      a11y.push(...(await shoot(page, out, '10-round-form')));
      await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
      const roundRow = page.getByRole('row', { name: /第1轮/ });
      await roundRow.getByText('拟定中').waitFor();
      await roundRow.getByRole('button', { name: '组建巡察组' }).click();
      const drawer = page.locator('.ant-drawer-open');
      // Each option list is the field's own (ids `<field>_list_<n>`): a closing one is not picked from.
      const pick = async (label: string, field: string, option: string) => {
        await drawer.getByLabel(label, { exact: true }).click();
        await page.locator(`[role="option"][id^="${field}_list"][title="${option}"]`).click();
      };
      await pick('巡察对象', 'targetIds', '商洛市审计局');
      await pick('组长', 'leaderId', '王组长');
      await pick('联络员', 'liaisonId', '赵联络员');
      await pick('组员', 'memberIds', '李干部');
      await drawer.getByText('巡察对象', { exact: true }).click();
      expectAnswer(422, '/teams');
      await drawer.getByRole('button', { name: '组 建' }).click();
      const refusal = drawer.getByText(
        '李干部：该干部已申报回避，不能参加巡察与其有利害关系的单位',
      );
      await refusal.waitFor();
      // Beside the field that holds the conflicted cadre: 组员.
      expect(
        await drawer
          .locator('.ant-form-item', { has: page.getByText('组员', { exact: true }) })
          .innerText(),
      ).toContain('李干部：该干部已申报回避');
      a11y.push(...(await shoot(page, out, '11-recusal-refused')));
      await drawer.getByRole('button', { name: '推荐人选' }).click();
      await drawer
        .getByText('不予推荐 李干部：该干部已申报回避，不能参加巡察与其有利害关系的单位')
        .waitFor();
      expect(await drawer.getByText(/推荐组长：/).innerText()).toBe(
        '推荐组长：王组长；推荐组员：赵联络员',
      );
      a11y.push(...(await shoot(page, out, '12-suggestions')));
      await drawer.getByRole('button', { name: '采用推荐' }).click();
      await drawer.getByRole('button', { name: '组 建' }).click();
      await roundRow.getByText('1 个').waitFor();
      await roundRow.getByRole('button', { name: '批准' }).click();
      await roundRow.getByText('已批准').waitFor();
      a11y.push(...(await shoot(page, out, '13-approved')));
      await roundRow.getByRole('button', { name: '进驻启动' }).click();
      await roundRow.getByText('已进驻').waitFor();
      a11y.push(...(await shoot(page, out, '14-launched')));

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.getByText('所属区划').waitFor();
      await page.goto('/cadres');
      await page.getByText('所属区划').waitFor();
      expect(page.url()).toContain('/signin?next=%2Fcadres');
      expect(problems).toEqual([]);
      expect(a11y).toEqual([]);
    } finally {
      // The page as it was when the test ended, passed or not.
      await page.screenshot({ path: join(out, 'last.png') });
      await close();
    }
  }, 180_000);

  it.each(Object.entries(MENUS))(
    'signed in as %s, the menu and home show only that role’s work; another screen is 无权访问',
    async (role, menu) => {
      const { page, problems, close } = await watchedPage(browser!, BASE);
      try {
        const person: Record<string, [string, string]> = {
          office: ['巡察办', '商洛市巡察办工作人员'],
          discipline: ['纪委、组织部、分析、管理', '商洛市纪委监委'],
          organization: ['纪委、组织部、分析、管理', '商洛市组织部'],
          analyst: ['纪委、组织部、分析、管理', '商洛市数据分析人员'],
          admin: ['纪委、组织部、分析、管理', '商洛市系统管理员'],
          team: ['巡察组干部', '王组长'],
          inspected: ['被巡察党组织', '商洛市审计局'],
        };
        await signInAs(page, ...person[role]);
        const items = await page
          .getByRole('navigation', { name: '功能菜单' })
          .getByRole('menuitem')
          .allInnerTexts();
        expect(items).toEqual(menu);
        const forbidden = role === 'office' ? '/audit' : '/targets';
        await page.goto(forbidden);
        await page.getByText('无权访问').waitFor();
        await shoot(page, join(OUT, 'roles'), role);
        // The service says the same: 403 through the gateway.
        const status = await page.evaluate(
          (path) => fetch(path).then((r) => r.status),
          role === 'office' ? '/api/query/v1/audit?limit=1' : '/api/planning/v1/targets?limit=1',
        );
        expect(status).toBe(role === 'analyst' || role === 'admin' ? 200 : 403);
        if (role === 'analyst') {
          // The query service's old dashboard opens with the session, no header needed.
          const dashboard = await page.goto('/dashboard');
          expect(dashboard?.status()).toBe(200);
          await page.getByText('巡察覆盖率').first().waitFor();
        }
        expect(problems.filter((p) => !/ 403[: ]|status of 403/.test(p))).toEqual([]);
      } finally {
        await close();
      }
    },
    60_000,
  );

  it('keeps every token from page JavaScript, refuses calls without the CSRF proof, ends the session on logout', async () => {
    const { page, close } = await watchedPage(browser!, BASE);
    const bodies: string[] = [];
    page.on('response', async (response) => {
      try {
        bodies.push(await response.text());
      } catch {
        // a redirect or an aborted load has no body
      }
    });
    try {
      await signInAs(page, '巡察办', '商洛市巡察办工作人员');
      await page.getByRole('link', { name: '巡察对象' }).click();
      await page.getByRole('cell', { name: '商洛市审计局' }).waitFor();
      const visible = await page.evaluate(() => ({
        cookie: document.cookie,
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
      }));
      const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
      expect(visible.cookie).toBe('');
      expect(visible.local + visible.session).not.toMatch(jwt);
      expect(bodies.join('\n')).not.toMatch(jwt);
      const [cookie] = await page.context().cookies();
      expect(cookie).toMatchObject({ name: 'xuncha_session', httpOnly: true, sameSite: 'Strict' });

      const asBrowser = (
        init: RequestInit & { headers?: Record<string, string> },
        path = '/api/planning/v1/cadres',
      ) =>
        fetch(`${BASE}${path}`, {
          ...init,
          headers: {
            cookie: `${cookie.name}=${cookie.value}`,
            'content-type': 'application/json',
            ...init.headers,
          },
        });
      const body = JSON.stringify({
        name: '跨站',
        jurisdiction: '611000',
        pools: ['talent'],
        expertise: [],
      });
      // Another site's form or script: no proof, or the proof from the wrong origin.
      expect(
        (await asBrowser({ method: 'POST', body, headers: { origin: 'https://evil.example' } }))
          .status,
      ).toBe(403);
      expect((await asBrowser({ method: 'POST', body })).status).toBe(403);
      const { csrf } = (await (await asBrowser({}, '/console/session')).json()) as { csrf: string };
      expect(
        (
          await asBrowser({
            method: 'POST',
            body,
            headers: { origin: 'https://evil.example', 'x-csrf-token': csrf },
          })
        ).status,
      ).toBe(403);
      expect((await asBrowser({ method: 'GET' })).status).toBe(200);

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.getByText('所属区划').waitFor();
      // The old cookie no longer opens anything: the session ended at the gateway.
      expect((await asBrowser({ method: 'GET' })).status).toBe(401);
      expect(await (await asBrowser({}, '/console/session')).json()).toEqual({ signedIn: false });
    } finally {
      await close();
    }
  }, 90_000);
});
