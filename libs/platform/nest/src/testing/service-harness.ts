import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { BUS, type Bus } from '@xuncha/platform-bus';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { AuditPublishing } from '../audit/audit-trail';
import type { Role } from '../auth/principal';
import { resolveSigningKey } from '../auth/signing-key';
import { signToken } from '../auth/tokens';
import { createServiceApp, type ServiceDefinition } from '../bootstrap/bootstrap';
import { loadServiceConfig } from '../config/service-config';
import { IntegrationPublishing } from '../integration/integration-publishing';
import { Projections } from '../projections/projections';

/**
 * A service as it runs, on the embedded adapters in a temporary data
 * directory, for the service-tier tests (`*.api.test.ts`): HTTP through
 * supertest, tokens, and the stores to check what was stored and published.
 */
export interface ServiceHarness {
  readonly app: INestApplication;
  readonly dataDir: string;
  readonly eventStore: EventStore;
  readonly bus: Bus;
  readonly readModels: ReadModelStore;
  http(): ReturnType<typeof request>;
  token(roles: Role | Role[], jurisdiction: string, sub?: string): Promise<string>;
  /**
   * Waits until every domain event and audit record is published and every
   * projection has folded its topics.
   */
  settled(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startService(
  definition: ServiceDefinition,
  options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ServiceHarness> {
  const ownDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `xuncha-${definition.service}-`));
  const config = loadServiceConfig(definition.service, {
    XUNCHA_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const app = await createServiceApp(definition, config);
  const projections = app.get(Projections);
  const publishing = app.get(IntegrationPublishing);
  const auditPublishing = app.get(AuditPublishing);
  return {
    app,
    dataDir,
    eventStore: app.get(EVENT_STORE),
    bus: app.get(BUS),
    readModels: app.get(READ_MODEL_STORE),
    http: () => request(app.getHttpServer()),
    token: (roles, jurisdiction, sub) => {
      const list = Array.isArray(roles) ? roles : [roles];
      return signToken(
        { sub: sub ?? `${list[0]}-${jurisdiction}`, roles: list, jurisdiction },
        // Made on first use: a service on an OIDC issuer keeps no local key.
        resolveSigningKey(dataDir, config.jwtSecret),
      );
    },
    settled: async (timeoutMs = 20000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lags = [
          (await publishing.lag()) ?? 0,
          await auditPublishing.lag(),
          ...(await projections.status()).map((s) => s.lag),
        ];
        if (lags.every((lag) => lag === 0)) return;
        if (Date.now() > deadline)
          throw new Error(`not settled after ${timeoutMs} ms: lags ${lags}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {
      await app.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
