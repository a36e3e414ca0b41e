import { PeriodicCheck, checkIntervalMs } from './periodic-check';

class Counting extends PeriodicCheck<number> {
  passes = 0;
  release?: () => void;
  protected intervalMs() {
    return 10;
  }
  protected async pass() {
    this.passes++;
    await new Promise<void>((resolve) => (this.release = resolve));
    return this.passes;
  }
}

describe('checkIntervalMs', () => {
  const defaults = { defaultMs: 60_000, minimumMs: 10 };

  it('is the default when unset or empty, the number given otherwise', () => {
    expect(checkIntervalMs('CHECK_MS', defaults, {})).toBe(60_000);
    expect(checkIntervalMs('CHECK_MS', defaults, { CHECK_MS: '' })).toBe(60_000);
    expect(checkIntervalMs('CHECK_MS', defaults, { CHECK_MS: '100' })).toBe(100);
  });

  it('stops the start on anything but a whole number from the minimum', () => {
    for (const raw of ['9', '1.5', '-20', 'soon']) {
      expect(() => checkIntervalMs('CHECK_MS', defaults, { CHECK_MS: raw })).toThrow(
        `CHECK_MS must be a whole number of milliseconds ≥ 10 (got "${raw}")`,
      );
    }
  });
});

describe('PeriodicCheck', () => {
  it('never runs two passes at once: a check during a pass answers that pass', async () => {
    const check = new Counting();
    const first = check.check();
    const second = check.check();
    expect(check.passes).toBe(1);
    check.release!();
    expect(await first).toBe(1);
    expect(await second).toBe(1);
    const third = check.check();
    check.release!();
    expect(await third).toBe(2);
  });

  it('ticks from the start, and shutdown stops the ticks and waits for the pass under way', async () => {
    jest.useFakeTimers();
    try {
      const check = new Counting();
      check.onApplicationBootstrap();
      jest.advanceTimersByTime(35);
      expect(check.passes).toBe(1);
      let stopped = false;
      const stopping = check.beforeApplicationShutdown().then(() => (stopped = true));
      await Promise.resolve();
      expect(stopped).toBe(false);
      check.release!();
      await stopping;
      jest.advanceTimersByTime(100);
      expect(check.passes).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
