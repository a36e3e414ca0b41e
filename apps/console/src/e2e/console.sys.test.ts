/// <reference lib="dom" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  consolePort,
  portsFrom,
  startSystem,
  type RunningSystem,
} from '@xuncha/platform-nest/testing';
import { workspaceRoot } from '../gateway/bundle';
import { launchChromium, shoot, watchedPage } from './browser';

const PORTS = portsFrom(4761);
const BASE = `http://localhost:${consolePort(PORTS)}`;
const OUT = join(workspaceRoot(), 'tmp/console-e2e');

/** The expected menu of each role, as the shell shows it. */
const MENUS: Record<string, string[]> = {
  office: ['首页', '巡察对象', '干部库', '届内巡察规划', '巡察轮次', '统计分析'],
  team: ['首页', '我的巡察'],
  inspected: ['首页', '整改'],
  discipline: ['首页', '移交线索'],
  organization: ['首页', '移交线索'],
  analyst: ['首页', '统计分析'],
  admin: ['首页', '审计日志'],
};

/** The console through its gateway in front of the five services, in headless Chromium. */
describe('the console in headless Chromium', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-console-'));
    rmSync(OUT, { recursive: true, force: true });
    system = await startSystem({
      dataDir: dir,
      ports: PORTS,
      env: { LOG_LEVEL: 'warn' },
      timeoutMs: 120_000,
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Signs in through the embedded sign-in page as the listed person named `name`. */
  async function signInAs(page: import('playwright-core').Page, group: string, name: string) {
    await page.goto('/');
    await page.getByText('所属区划').waitFor();
    await page.getByText(group, { exact: true }).click();
    await page.getByRole('button', { name: `以${name}登录` }).click();
    await page.getByTestId('who').waitFor();
  }

  it('office of 611000 registers a target and cadres, declares a conflict, signs out', async () => {
    const { page, problems, close } = await watchedPage(browser!, BASE);
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

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.getByText('所属区划').waitFor();
      await page.goto('/cadres');
      await page.getByText('所属区划').waitFor();
      expect(page.url()).toContain('/signin?next=%2Fcadres');
      expect(problems).toEqual([]);
      expect(a11y).toEqual([]);
    } finally {
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
