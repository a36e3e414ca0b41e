import { Controller, Get, Header, Injectable } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { AuditPublishing } from '../audit/audit-trail';
import { Roles } from '../auth/auth.guard';
import { IntegrationPublishing } from '../integration/integration-publishing';
import { Projections } from '../projections/projections';

/** Prometheus metrics: process figures, projection lag and publishers' lag, read at each scrape. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  constructor(
    projections: Projections,
    publishing: IntegrationPublishing,
    auditPublishing: AuditPublishing,
  ) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'xuncha_projection_lag',
      help: 'Messages on a projection’s topics not yet folded into its read model',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const status of await projections.status())
          this.set({ projection: status.name }, status.lag);
      },
    });
    new Gauge({
      name: 'xuncha_integration_publisher_lag',
      help: 'Domain events stored but not yet published on the bus',
      registers: [this.registry],
      async collect() {
        const lag = await publishing.lag();
        if (lag !== undefined) this.set(lag);
      },
    });
    new Gauge({
      name: 'xuncha_audit_publisher_lag',
      help: 'Audit records stored but not yet published on xuncha.audit',
      registers: [this.registry],
      async collect() {
        const lag = await auditPublishing.lag();
        if (lag !== undefined) this.set(lag);
      },
    });
  }
}

/** The runtime's figures are for those who run the system: an admin token (a scrape's bearer token). */
@ApiExcludeController()
@Controller('metrics')
@Roles('admin')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
