import {
  ConflictException,
  Controller,
  ForbiddenException,
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
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import {
  ProjectionRunner,
  type AnyProjectionDefinition,
  type ProjectionStatus,
} from '@xuncha/platform-projections';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { AggregateNotFound, isWithinJurisdiction } from '@xuncha/platform-kernel';
import { CurrentPrincipal, Roles } from '../auth/auth.guard';
import { Answers } from '../openapi/answers.decorator';
import { named, s } from '../openapi/schemas';
import type { Principal } from '../auth/principal';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';

export const PROJECTION_DEFINITIONS = Symbol('ProjectionDefinitions');

/**
 * The service's projections, started with the app and stopped before the
 * stores close: its own views from its own event store, other contexts'
 * facts from the bus.
 */
@Injectable()
export class Projections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runners: ProjectionRunner[];
  /** The rebuild started last: it runs until its projection has folded every message again. */
  private rebuilding?: ProjectionRunner;

  constructor(
    @Inject(BUS) bus: Bus,
    @Inject(READ_MODEL_STORE) store: ReadModelStore,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(PROJECTION_DEFINITIONS) definitions: readonly AnyProjectionDefinition[],
  ) {
    this.runners = definitions.map(
      (definition) =>
        new ProjectionRunner(bus, store, definition, {
          service: config.service,
          topicOf: (type) => findIntegrationEvent(type)?.topic,
          validate: validateIntegrationPayload,
          eventStore,
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

  /**
   * Rebuilds one projection; 409 while an earlier rebuild of this service has
   * not caught up yet. A replay reads every topic (or the whole store) from the start: back to back
   * they would only load the service, and the read models would be empty longer.
   */
  async rebuild(name: string): Promise<ProjectionStatus> {
    const runner = this.runner(name);
    const earlier = this.rebuilding;
    if (earlier) {
      const status = await earlier.status();
      if (!status.running || status.lag > 0) {
        throw new ConflictException(
          `projection ${earlier.definition.name} is being rebuilt (${status.lag} messages to fold): one rebuild at a time`,
        );
      }
    }
    this.rebuilding = runner;
    await runner.rebuild();
    return runner.status();
  }
}

const ProjectionStatusSchema = named(
  'ProjectionStatus',
  s.object({
    name: s.string('投影名称'),
    generation: s.int('重建次数 (generation)'),
    running: s.bool(),
    lag: s.count('尚未处理的消息数'),
  }),
);
const ProjectionStatuses = named(
  'ProjectionStatuses',
  s.object({ items: s.array(ProjectionStatusSchema) }),
);

@ApiTags('admin')
@Controller('admin/projections')
@Roles('admin')
export class ProjectionsController {
  constructor(
    private readonly projections: Projections,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Answers(ProjectionStatuses)
  @Get()
  @ApiOperation({ summary: 'Projections with their generation and lag (投影状态)' })
  async list() {
    return { items: await this.projections.status() };
  }

  @Answers(ProjectionStatusSchema, { idempotent: false })
  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Drop the projection’s documents and replay its source (topics or own event store) from the start (重建投影); ' +
      'admin of the root jurisdiction only, one rebuild at a time (409 while one runs)',
  })
  async rebuild(@Param('name') name: string, @CurrentPrincipal() principal: Principal) {
    // A system act: the admin of the whole tree (ROOT_JURISDICTION), not a county's.
    const root = this.config.rootJurisdiction;
    if (!isWithinJurisdiction(root, principal.jurisdiction)) {
      throw new ForbiddenException(
        `projection rebuilds are for an admin of the root jurisdiction ${root}`,
      );
    }
    return this.projections.rebuild(name);
  }
}
