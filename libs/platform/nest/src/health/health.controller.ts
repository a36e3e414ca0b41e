import { Controller, Get, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { BUS, type Bus } from '@xuncha/platform-bus';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { AUDIT_STORE, AuditPublishing } from '../audit/audit-trail';
import { Public, Roles } from '../auth/auth.guard';
import { IntegrationPublishing } from '../integration/integration-publishing';
import { Projections } from '../projections/projections';

/** Each store and the bus answer, and how far the publisher and projections lag behind. */
@Injectable()
export class HealthIndicators {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: Projections,
    private readonly publishing: IntegrationPublishing,
    @Inject(AUDIT_STORE) private readonly auditStore: EventStore,
    private readonly auditPublishing: AuditPublishing,
    private readonly indicators: HealthIndicatorService,
  ) {}

  private async probe(key: string, check: () => Promise<Record<string, unknown>>) {
    const indicator = this.indicators.check(key);
    try {
      return indicator.up(await check());
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  all() {
    return [
      () =>
        this.probe('eventStore', async () => ({
          head: await this.store.headPosition(),
          publisherLag: await this.publishing.lag(),
        })),
      () =>
        this.probe('auditTrail', async () => ({
          head: await this.auditStore.headPosition(),
          publisherLag: await this.auditPublishing.lag(),
        })),
      () => this.probe('bus', async () => this.bus.checkHealth()),
      () =>
        this.probe('readModels', async () => ({
          collections: await this.readModels.count('_projections'),
        })),
      () =>
        this.probe('projections', async () =>
          Object.fromEntries(
            (await this.projections.status()).map((s) => [s.name, { lag: s.lag }]),
          ),
        ),
    ];
  }
}

/**
 * Readiness on /health (200 when the stores and the bus answer, 503
 * otherwise) for probes, without a token and without details; the details
 * (store heads, lags, projections) on /health/details for admins only.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicators,
  ) {}

  @Get()
  @Public()
  async ready() {
    try {
      await this.health.check(this.indicators.all());
    } catch {
      throw new ServiceUnavailableException('not ready: a store or the bus does not answer');
    }
    return { status: 'ok' };
  }

  @Get('details')
  @Roles('admin')
  @HealthCheck()
  details() {
    return this.health.check(this.indicators.all());
  }

  /** Liveness: the process answers. A store outage is /health's business, not a reason to restart. */
  @Get('live')
  @Public()
  live() {
    return { status: 'ok' };
  }
}
