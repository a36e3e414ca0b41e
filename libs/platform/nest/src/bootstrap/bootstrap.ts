import type { Server } from 'node:http';
import { Module, RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { findIntegrationEvent, validateIntegrationPayload } from '@xuncha/contracts';
import { BUS, BusTransport, type Bus } from '@xuncha/platform-bus';
import {
  ConfigurationError,
  loadServiceConfig,
  type ServiceConfig,
  type ServiceName,
} from '../config/service-config';
import { namedSchemasUsedBy } from '../openapi/schemas';
import { refuseDeepJson } from '../validation/json-depth';
import { createValidationPipe } from '../validation/validation.pipe';
import { PlatformModule, type ServiceParts } from './platform.module';
import { keepDataDirPrivate } from './private-data-dir';

export interface ServiceDefinition extends ServiceParts {
  readonly service: ServiceName;
  /** Title of the OpenAPI document, with the Chinese term users know. */
  readonly title: string;
  readonly description: string;
  /** The service's own module: controllers, handlers, projections. */
  readonly feature: Type<unknown>;
  /** GET routes served outside `/api/v1`, e.g. a page people open in a browser. */
  readonly rootRoutes?: readonly string[];
}

/** Builds the app exactly as it runs, without listening: what the service tests drive. */
export async function createServiceApp(
  definition: ServiceDefinition,
  config: ServiceConfig,
): Promise<INestApplication> {
  @Module({ imports: [PlatformModule.forService(config, definition), definition.feature] })
  class ServiceModule {}

  const app = await NestFactory.create<NestExpressApplication>(ServiceModule, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { verify: refuseDeepJson });
  limitRequestTime(app.getHttpServer() as Server, config);
  // Security headers (CSP, HSTS, nosniff, frame-ancestors …) on every answer.
  app.use(helmet());
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/details', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      ...(definition.rootRoutes ?? []).map((path) => ({ path, method: RequestMethod.GET })),
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(definition.title)
      .setDescription(definition.description)
      .setVersion('1')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
  );
  // The views' schemas that @Answers refers to by name.
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...namedSchemasUsedBy(document.paths) },
  };
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // Integration events reach the service's @EventPattern handlers through the bus.
  app.connectMicroservice(
    {
      strategy: new BusTransport(app.get<Bus>(BUS), {
        service: config.service,
        topicOf: (type) => findIntegrationEvent(type)?.topic,
        validate: validateIntegrationPayload,
      }),
    },
    { inheritAppConfig: true },
  );
  await app.init();
  await app.startAllMicroservices();
  return app;
}

/**
 * A client that sends its headers or body slowly gets 408 and loses the
 * connection after the configured time (Node's defaults keep it ~5 min).
 * Node looks for such connections every connectionsCheckingInterval (30 s
 * by default, read when the server starts listening): once a second here.
 */
function limitRequestTime(
  server: Server & { connectionsCheckingInterval?: number },
  config: ServiceConfig,
): void {
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = config.headersTimeoutMs;
  server.connectionsCheckingInterval = Math.min(1000, config.headersTimeoutMs);
}

/** main.ts of every service: check the configuration, build, listen, say where. */
export async function bootstrapService(definition: ServiceDefinition): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadServiceConfig(definition.service);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${definition.service}: ${error.message}\n`);
    process.exit(1);
  }
  keepDataDirPrivate(config.dataDir);
  const app = await createServiceApp(definition, config);
  await app.listen(config.port, config.host);
  app
    .get(Logger)
    .log(
      `${definition.service} listening on http://${config.host}:${config.port} (docs at /api/docs)`,
    );
}
