import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';
// tools/ is no library: the test drives the CLI's own function, as npm run demo does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runDemo, type DemoResult } from '../../../tools/demo/run';

const PORTS = portsFrom(4681);

interface Stats {
  targets: { inspected: number; inScope: number };
  problems: { rectified: number; found: number };
}

/** npm run demo against a fresh system, then its dashboard as a person sees it. */
describe('npm run demo, then the dashboard in headless Chromium', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let analyst: string;
  let demo: DemoResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-demo-'));
    system = await startSystem({
      dataDir: dir,
      ports: PORTS,
      env: { LOG_LEVEL: 'warn' },
      timeoutMs: 90_000,
    });
    const env = {
      ...process.env,
      ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
    };
    demo = await runDemo({ dataDir: dir, env, log: () => undefined });
    analyst = await signToken(
      { sub: 'analyst-611000', roles: ['analyst'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the demo's figures as a table and charts", async () => {
    expect(demo.counts.findings).toBeGreaterThan(0);
    const response = await fetch(
      `http://127.0.0.1:${PORTS.QUERY_PORT}/api/v1/stats?jurisdiction=611000`,
      { headers: { authorization: `Bearer ${analyst}` } },
    );
    expect(response.status).toBe(200);
    const stats = (await response.json()) as Stats;
    expect(stats.targets.inspected).toBeGreaterThan(0);
    expect(stats.problems.found).toBeGreaterThan(0);

    const page = await browser!.newPage({
      extraHTTPHeaders: { authorization: `Bearer ${analyst}` },
    });
    const visit = await page.goto(`http://127.0.0.1:${PORTS.QUERY_PORT}/dashboard`);
    expect(visit?.status()).toBe(200);

    const text = await page.locator('body').innerText();
    for (const figure of [
      stats.targets.inspected,
      stats.targets.inScope,
      stats.problems.rectified,
      stats.problems.found,
    ]) {
      expect(text).toContain(String(figure));
    }
    const cells = async (name: string) =>
      (await page.locator('tr', { hasText: name }).first().locator('td').allInnerTexts()).slice(
        1,
        3,
      );
    expect(await cells('巡察覆盖率')).toEqual([
      String(stats.targets.inspected),
      String(stats.targets.inScope),
    ]);
    expect(await cells('整改率')).toEqual([
      String(stats.problems.rectified),
      String(stats.problems.found),
    ]);

    expect(await page.locator('svg rect').count()).toBeGreaterThanOrEqual(3);

    const screenshot = join(dir, 'dashboard.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    await page.close();
  }, 150_000);
});
