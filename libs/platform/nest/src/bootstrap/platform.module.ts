import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { BUS, createBus, type Bus, type IntegrationMapper } from '@xuncha/platform-bus';
import { EVENT_STORE, createEventStore, type EventStore } from '@xuncha/platform-event-store';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import {
  READ_MODEL_STORE,
  createReadModelStore,
  type ReadModelStore,
} from '@xuncha/platform-read-models';
import { AuthGuard, SIGNING_KEY } from '../auth/auth.guard';
import { resolveSigningKey } from '../auth/signing-key';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import { HealthController, HealthIndicators } from '../health/health.controller';
import { INTEGRATION_MAPPER, IntegrationPublishing } from '../integration/integration-publishing';
import { loggingModule } from '../logging/logging.module';
import { Metrics, MetricsController } from '../metrics/metrics.controller';
import { ProblemDetailsFilter } from '../problem-details/problem-details.filter';
import { RateLimitGuard } from '../security/rate-limit.guard';
import {
  PROJECTION_DEFINITIONS,
  Projections,
  ProjectionsController,
} from '../projections/projections';

/** What a service brings to the platform besides its own module. */
export interface ServiceParts {
  /** Its domain events as integration events; absent when it publishes nothing. */
  readonly publishes?: IntegrationMapper;
  readonly projections?: readonly ProjectionDefinition[];
}

/**
 * What every service stands on: configuration, event store, bus, read models,
 * the integration publisher and projections, auth, errors, logs, health, metrics.
 */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {}

  static forService(config: ServiceConfig, parts: ServiceParts = {}): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        loggingModule(config),
        TerminusModule,
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.rateLimitPerMinute }]),
      ],
      controllers: [HealthController, MetricsController, ProjectionsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        {
          provide: EVENT_STORE,
          useFactory: () =>
            createEventStore({
              kurrentDbUrl: config.kurrentDbUrl,
              dataDir: config.dataDir,
              service: config.service,
            }),
        },
        {
          provide: BUS,
          useFactory: () =>
            createBus({
              kafkaBrokers: config.kafkaBrokers,
              kafkaSsl: config.kafkaSsl,
              kafkaSasl: config.kafkaSasl,
              dataDir: config.dataDir,
              clientId: config.service,
            }),
        },
        {
          provide: READ_MODEL_STORE,
          useFactory: () =>
            createReadModelStore({
              mongodbUri: config.mongodbUri,
              dataDir: config.dataDir,
              service: config.service,
            }),
        },
        {
          provide: SIGNING_KEY,
          useFactory: () => resolveSigningKey(config.dataDir, config.jwtSecret),
        },
        { provide: INTEGRATION_MAPPER, useValue: parts.publishes ?? null },
        { provide: PROJECTION_DEFINITIONS, useValue: parts.projections ?? [] },
        IntegrationPublishing,
        Projections,
        Metrics,
        HealthIndicators,
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [SERVICE_CONFIG, EVENT_STORE, BUS, READ_MODEL_STORE, SIGNING_KEY, Projections],
    };
  }

  /** After the publisher, projections and consumers stopped (beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
    await this.readModels.close();
    await this.store.close();
  }
}
