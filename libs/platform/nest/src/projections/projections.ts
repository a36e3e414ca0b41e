import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Param,
  Post,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { findIntegrationEvent, validateIntegrationPayload } from '@xuncha/contracts';
import { BUS, type Bus } from '@xuncha/platform-bus';
import {
  ProjectionRunner,
  type ProjectionDefinition,
  type ProjectionStatus,
} from '@xuncha/platform-projections';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import { Roles } from '../auth/auth.guard';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';

export const PROJECTION_DEFINITIONS = Symbol('ProjectionDefinitions');

/** The service's projections, started with the app and stopped before the stores close. */
@Injectable()
export class Projections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runners: ProjectionRunner[];

  constructor(
    @Inject(BUS) bus: Bus,
    @Inject(READ_MODEL_STORE) store: ReadModelStore,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(PROJECTION_DEFINITIONS) definitions: readonly ProjectionDefinition[],
  ) {
    this.runners = definitions.map(
      (definition) =>
        new ProjectionRunner(bus, store, definition, {
          service: config.service,
          topicOf: (type) => findIntegrationEvent(type)?.topic,
          validate: validateIntegrationPayload,
        }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.start()));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  status(): Promise<ProjectionStatus[]> {
    return Promise.all(this.runners.map((runner) => runner.status()));
  }

  runner(name: string): ProjectionRunner {
    const runner = this.runners.find((r) => r.definition.name === name);
    if (!runner) throw new AggregateNotFound('projection', name);
    return runner;
  }
}

@ApiTags('admin')
@Controller('admin/projections')
@Roles('admin')
export class ProjectionsController {
  constructor(private readonly projections: Projections) {}

  @Get()
  @ApiOperation({ summary: 'Projections with their generation and lag (投影状态)' })
  async list() {
    return { items: await this.projections.status() };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Drop the projection’s documents and replay every topic from the start (重建投影)',
  })
  async rebuild(@Param('name') name: string) {
    const runner = this.projections.runner(name);
    await runner.rebuild();
    return runner.status();
  }
}
