import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSystem, type Ports, type RunningSystem } from '@xuncha/platform-nest/testing';

/** Debian's Chromium, headless, as the other browser tests drive it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/**
 * A page at 1366×768 that records every console error, uncaught exception,
 * failed request and 4xx/5xx answer, so a test can demand there were none.
 */
export async function watchedPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const problems: string[] = [];
  /** Answers a step expects (e.g. a 422 refusal): `status url-part`. */
  const expected: Array<{ status: number; url: string }> = [];
  const isExpected = (status: number, url: string) => {
    const index = expected.findIndex((e) => e.status === status && url.includes(e.url));
    if (index >= 0) expected.splice(index, 1);
    return index >= 0;
  };
  const expectedStatuses = new Set<number>();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium reports every 4xx answer to fetch as a console error; an expected one is no fault.
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && expectedStatuses.has(Number(status))) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    // Leaving a page aborts what it was still loading: not a failure of the console.
    request.failure()?.errorText === 'net::ERR_ABORTED'
      ? undefined
      : problems.push(
          `request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`,
        ),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !isExpected(response.status(), response.url())) {
      problems.push(
        `answer ${response.status()}: ${response.request().method()} ${response.url()}`,
      );
    } else if (response.status() >= 400) {
      expectedStatuses.add(response.status());
    }
  });
  return {
    page,
    problems,
    expect(status: number, url: string) {
      expected.push({ status, url });
      expectedStatuses.add(status);
    },
    close: () => context.close(),
  };
}

/** Saves the page under the test's output and checks it with axe: no serious or critical violation. */
export async function shoot(page: Page, dir: string, name: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  // Ant Design's menus, dialogs and messages fade (~0.3 s); a half-faded element fails the
  // contrast check, so wait until no animation or transition runs (a loaded machine is slower).
  await page.waitForTimeout(400);
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Ports the system can listen on now (asked of the OS), so parallel runs never collide. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((resolve) => {
          const server = createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** The five services and the console's gateway on ports the OS gives, as `npm start` runs them. */
export async function startConsoleSystem(dataDir: string): Promise<{
  system: RunningSystem;
  base: string;
}> {
  const [consoleAt, ...services] = await freePorts(6);
  const names: Array<keyof Ports> = [
    'PLANNING_PORT',
    'INSPECTION_PORT',
    'CLUE_PORT',
    'RECTIFICATION_PORT',
    'QUERY_PORT',
  ];
  const system = await startSystem({
    dataDir,
    ports: Object.fromEntries(names.map((name, i) => [name, services[i]])) as unknown as Ports,
    env: { LOG_LEVEL: 'warn', CONSOLE_PORT: String(consoleAt) },
    timeoutMs: 120_000,
  });
  return { system, base: `http://localhost:${consoleAt}` };
}

/** Signs in through the embedded sign-in page as the listed person named `name` of `group`. */
export async function signInAs(page: Page, group: string, name: string): Promise<void> {
  await page.goto('/');
  await page.getByText('所属区划').waitFor();
  await page.getByText(group, { exact: true }).click();
  await page.getByRole('button', { name: `以${name}登录` }).click();
  await page.getByTestId('who').waitFor();
}
