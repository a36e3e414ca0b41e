import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { EVENT_STORE, createEventStore, type EventStore } from '@xuncha/platform-event-store';
import { AuthGuard, SIGNING_KEY } from '../auth/auth.guard';
import { resolveSigningKey } from '../auth/signing-key';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import { EventStoreHealthIndicator, HealthController } from '../health/health.controller';
import { loggingModule } from '../logging/logging.module';
import { ProblemDetailsFilter } from '../problem-details/problem-details.filter';

/** What every service stands on: configuration, event store, auth, errors, logs, health. */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forService(config: ServiceConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [loggingModule(config), TerminusModule],
      controllers: [HealthController],
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
          provide: SIGNING_KEY,
          useFactory: () => resolveSigningKey(config.dataDir, config.jwtSecret),
        },
        EventStoreHealthIndicator,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [SERVICE_CONFIG, EVENT_STORE, SIGNING_KEY],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
