import {
  Global,
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { ALL_TOPICS } from '@xuncha/contracts';
import { BUS, createBus, type Bus, type IntegrationMapper } from '@xuncha/platform-bus';
import { EVENT_STORE, createEventStore, type EventStore } from '@xuncha/platform-event-store';
import type { AnyProjectionDefinition } from '@xuncha/platform-projections';
import {
  READ_MODEL_STORE,
  createReadModelStore,
  type ReadModelStore,
} from '@xuncha/platform-read-models';
import { AUDIT_STORE, AuditPublishing, AuditTrail, createAuditStore } from '../audit/audit-trail';
import { AuthGuard } from '../auth/auth.guard';
import { OidcTokenVerifier } from '../auth/oidc';
import { resolveSigningKey } from '../auth/signing-key';
import { LocalTokenVerifier, TOKEN_VERIFIER, type TokenVerifier } from '../auth/tokens';
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
  readonly projections?: readonly AnyProjectionDefinition[];
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
    @Inject(AUDIT_STORE) private readonly auditStore: EventStore,
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
          // Every topic of the system exists once a service has started: its partners
          // (the commission, the organization department) may subscribe before it publishes.
          useFactory: async () => {
            const bus = createBus({
              kafkaBrokers: config.kafkaBrokers,
              kafkaSsl: config.kafkaSsl,
              kafkaSasl: config.kafkaSasl,
              kafkaTopics: config.kafkaTopics,
              dataDir: config.dataDir,
              clientId: config.service,
            });
            await bus.ensureTopics(ALL_TOPICS);
            return bus;
          },
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
        { provide: TOKEN_VERIFIER, useFactory: () => tokenVerifier(config) },
        { provide: AUDIT_STORE, useFactory: () => createAuditStore(config) },
        AuditTrail,
        AuditPublishing,
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
      exports: [
        SERVICE_CONFIG,
        EVENT_STORE,
        BUS,
        READ_MODEL_STORE,
        TOKEN_VERIFIER,
        AuditTrail,
        Projections,
      ],
    };
  }

  /** After the publishers, projections and consumers stopped (beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
    await this.readModels.close();
    await this.store.close();
    await this.auditStore.close();
  }
}

/** The issuer's tokens when OIDC_ISSUER is set (production), else the local HS256 key's. */
function tokenVerifier(config: ServiceConfig): TokenVerifier {
  if (!config.oidc) {
    return new LocalTokenVerifier(
      resolveSigningKey(config.dataDir, config.jwtSecret),
      config.maxTokenAgeSeconds,
    );
  }
  const verifier = new OidcTokenVerifier(config.oidc, config.maxTokenAgeSeconds);
  // Discovered now so a wrong issuer shows in the log at start; requests retry it if it failed.
  verifier
    .keySet()
    .catch((error: Error) => new Logger('Auth').warn(`OIDC discovery failed: ${error.message}`));
  return verifier;
}
