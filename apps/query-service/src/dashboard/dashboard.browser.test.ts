import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';
import { SHANGLUO_CITY as N, shangluoTerm } from '../testing/shangluo';

/**
 * The dashboard as a person sees it: Debian's Chromium, headless, driven by
 * playwright-core (tools/ensure-system-packages.sh installs it).
 */
describe('the dashboard in headless Chromium', () => {
  let harness: ServiceHarness;
  let browser: Browser;
  let url: string;
  let analyst: string;

  beforeAll(async () => {
    harness = await startService(queryService);
    analyst = await harness.token('analyst', '611000');
    const feed = new EventFeed();
    shangluoTerm(feed);
    await feed.flush(harness.bus);
    await harness.settled(30_000);
    await harness.app.listen(0, '127.0.0.1');
    const { port } = harness.app.getHttpServer().address() as AddressInfo;
    url = `http://127.0.0.1:${port}/dashboard`;
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
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('shows the rates as figures and charts', async () => {
    const page = await browser.newPage({
      extraHTTPHeaders: { authorization: `Bearer ${analyst}` },
    });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text).toContain(String(N.problems));
    expect(text).toContain(String(N.rectified));
    expect(await page.locator('svg').count()).toBeGreaterThan(0);
    const bars = await page.locator('svg rect').count();
    expect(bars).toBeGreaterThan(0);
    await page.screenshot({ path: `${harness.dataDir}/dashboard.png`, fullPage: true });
    await page.close();
  });

  it('asks for a token like every other route', async () => {
    const page = await browser.newPage();
    expect((await page.goto(url))?.status()).toBe(401);
    await page.close();
  });
});
