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

/** Runs the service's integration publisher for as long as the app runs. */
@Injectable()
export class IntegrationPublishing implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('IntegrationPublisher');
  private subscription?: CheckpointedSubscription;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(INTEGRATION_MAPPER) private readonly map: IntegrationMapper | null,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.map) return;
    this.subscription = integrationPublisher(this.store, this.bus, {
      source: `xuncha/${this.config.service}`,
      map: this.map,
      onError: (error, attempt) =>
        this.logger.warn(
          `publishing failed (attempt ${attempt}), retrying: ${(error as Error).message}`,
        ),
    }).start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Domain events stored but not yet published; undefined when the service publishes nothing. */
  async lag(): Promise<number | undefined> {
    return this.subscription?.lag();
  }
}
