import { LoggerModule } from 'nestjs-pino';
import type { ServiceConfig } from '../config/service-config';
import { assignCorrelationId } from '../request-context/correlation-id';

/** JSON logs on stdout, each request's lines carrying its correlation id. */
export function loggingModule(config: ServiceConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      base: { service: config.service },
      genReqId: assignCorrelationId,
      customAttributeKeys: { reqId: 'correlationId' },
      redact: ['req.headers.authorization'],
      autoLogging: { ignore: (request) => request.url === '/health' },
    },
  });
}
