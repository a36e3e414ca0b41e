import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { BUS, integrationPublisher, type Bus, type IntegrationMapper } from '@xuncha/platform-bus';
import {
  EVENT_STORE,
  type CheckpointedSubscription,
  type EventStore,
} from '@xuncha/platform-event-store';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';

export const INTEGRATION_MAPPER = Symbol('IntegrationMapper');

/**
 * A checkpointed publisher run from bootstrap to shutdown, retrying with a
 * warning, its lag there for /health and /metrics.
 */
export abstract class RunningPublisher
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private subscription?: CheckpointedSubscription;
  private readonly logger: Logger;

  protected constructor(label: string) {
    this.logger = new Logger(label);
  }

  /** The publisher to run, or undefined when there is nothing to publish. */
  protected abstract publisher(
    onError: (error: unknown, attempt: number) => void,
  ): CheckpointedSubscription | undefined;

  onApplicationBootstrap(): void {
    this.subscription = this.publisher((error, attempt) =>
      this.logger.warn(
        `publishing failed (attempt ${attempt}), retrying: ${(error as Error).message}`,
      ),
    )?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Events stored but not yet published; undefined when there is nothing to publish. */
  async lag(): Promise<number | undefined> {
    return this.subscription?.lag();
  }
}

/** Runs the service's integration publisher for as long as the app runs. */
@Injectable()
export class IntegrationPublishing extends RunningPublisher {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(INTEGRATION_MAPPER) private readonly map: IntegrationMapper | null,
  ) {
    super('IntegrationPublisher');
  }

  protected publisher(onError: (error: unknown, attempt: number) => void) {
    if (!this.map) return undefined;
    return integrationPublisher(this.store, this.bus, {
      source: `xuncha/${this.config.service}`,
      map: this.map,
      onError,
    });
  }
}
