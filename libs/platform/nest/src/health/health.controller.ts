import { Controller, Get, Inject, Injectable } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { Public } from '../auth/auth.guard';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check() {
    const indicator = this.indicators.check('eventStore');
    try {
      return indicator.up({ head: await this.store.headPosition() });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

/** 200 when the stores and the bus answer, 503 otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.eventStore.check()]);
  }
}
