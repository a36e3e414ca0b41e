import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';

/**
 * A check interval from an environment variable: `defaultMs` when unset;
 * anything but a whole number of milliseconds from `minimumMs` stops the start.
 */
export function checkIntervalMs(
  variable: string,
  { defaultMs, minimumMs }: { readonly defaultMs: number; readonly minimumMs: number },
  env: NodeJS.ProcessEnv = process.env,
): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return defaultMs;
  if (!/^\d+$/.test(raw) || Number(raw) < minimumMs) {
    throw new Error(
      `${variable} must be a whole number of milliseconds ≥ ${minimumMs} (got ${JSON.stringify(raw)})`,
    );
  }
  return Number(raw);
}

/**
 * A pass run on an interval from the application's start to its shutdown (the
 * overdue checks). Never two passes at once: a tick during a slow pass starts
 * none, and `check()` during a pass answers that pass. Shutdown waits for the
 * pass under way, so it does not write into a closed store.
 */
export abstract class PeriodicCheck<R = void>
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly periodicLogger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<R>;

  /** The time between two ticks, read when the application starts. */
  protected abstract intervalMs(): number;

  /** One pass over what is to check. */
  protected abstract pass(): Promise<R>;

  check(): Promise<R> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.check().catch((error: unknown) =>
        this.periodicLogger.error(`periodic check failed: ${String(error)}`),
      );
    }, this.intervalMs());
    // The timer alone does not keep the process alive.
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
