import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import {
  TOPICS,
  validateIntegrationPayload,
  type AuditLedgerExport,
  type AuditRecorded,
  type AuditTokenUse,
  type IntegrationEventType,
} from '@xuncha/contracts';
import { BUS, integrationPublisher, type Bus, type IntegrationMapper } from '@xuncha/platform-bus';
import {
  KurrentDbEventStore,
  SqliteEventStore,
  type EventStore,
} from '@xuncha/platform-event-store';
import { ConcurrencyConflict } from '@xuncha/platform-kernel';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import type { VerifiedToken } from '../auth/tokens';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import { RunningPublisher } from '../integration/integration-publishing';
import { correlationIdOf } from '../request-context/correlation-id';

export const AUDIT_RECORDED = 'AuditRecorded';
export const AUDIT_RECORDED_CE_TYPE =
  'xuncha.audit.AuditRecorded.v1' satisfies IntegrationEventType;
export const AUDIT_STORE = Symbol('AuditStore');

/** Streams of a service's audit records: `audit.<context>.…`, outside its domain streams. */
function auditStreams(config: ServiceConfig): string {
  return `audit.${config.service.replace(/-service$/, '')}.`;
}

/**
 * The audit trail's own event store, beside the service's domain store: the
 * trail is no domain state, and keeping it apart leaves the domain log (its
 * subscriptions, its publisher, what a refused command stored) to the
 * context's aggregates. Embedded: `<service>/audit.sqlite`; on KurrentDB the
 * same server, streams `audit.<context>.…`, which the domain store never reads.
 */
export function createAuditStore(config: ServiceConfig): EventStore {
  return config.kurrentDbUrl
    ? KurrentDbEventStore.connect(
        config.kurrentDbUrl,
        `${config.service}-audit`,
        auditStreams(config),
      )
    : new SqliteEventStore(join(config.dataDir, config.service, 'audit.sqlite'));
}

/** What a call did, beyond who made it (the trail takes that from the request). */
export interface AuditFact {
  /** A dotted lowercase name: `ledger.exported`, `clue.full-read`, … */
  readonly action: string;
  /** What was acted on; the request path when absent. */
  readonly resource?: string;
  readonly export?: AuditLedgerExport;
  readonly token?: AuditTokenUse;
}

/** The token as the audit trail names it: the first 128 bits of its SHA-256, in hex. */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}

/**
 * The service's audit trail. A record is appended to the audit store before
 * the call answers, so no audited call goes unrecorded (a store that refuses
 * the append fails the call), and reaches the bus through AuditPublishing (at
 * least once, on xuncha.audit).
 */
@Injectable()
export class AuditTrail {
  /** Token fingerprints recorded this hour, so a token costs one store call per hour. */
  private recordedTokens = new Set<string>();
  private tokenHour = '';

  constructor(
    @Inject(AUDIT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Appends one record of the call; the caller is the request's verified token. */
  async record(request: AuthenticatedRequest, fact: AuditFact): Promise<void> {
    const record = this.recordOf(request, fact);
    await this.store.appendToStream(
      `${auditStreams(this.config)}trail-${record.at.slice(0, 10)}`,
      [this.eventOf(record)],
      { expectedRevision: 'any' },
    );
  }

  /**
   * Records the first use of a token at this service in each hour (UTC), with
   * the path it was first used on. Every request would flood the trail (a
   * dashboard makes dozens a minute); one record per token, service and hour
   * still says who held which token where and when. The stream of the record
   * is named by token and hour and must not exist yet, so replicas and
   * restarts do not record it twice.
   */
  async tokenUsed(request: AuthenticatedRequest, token: string, verified: VerifiedToken) {
    const now = new Date();
    const hour = now.toISOString().slice(0, 13);
    if (hour !== this.tokenHour) {
      this.tokenHour = hour;
      this.recordedTokens = new Set();
    }
    const fingerprint = tokenFingerprint(token);
    if (this.recordedTokens.has(fingerprint)) return;
    const record = this.recordOf(request, {
      action: 'token.used',
      token: { issuer: verified.issuer, expiresAt: verified.expiresAt.toISOString() },
    });
    try {
      await this.store.appendToStream(
        `${auditStreams(this.config)}token-${fingerprint}-${hour.replace(/\D/g, '')}`,
        [this.eventOf(record)],
        { expectedRevision: 'no-stream' },
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict)) throw error;
    }
    this.recordedTokens.add(fingerprint);
  }

  private recordOf(request: AuthenticatedRequest, fact: AuditFact): AuditRecorded {
    const { sub, roles, jurisdiction } = request.principal;
    const [, token = ''] = (request.headers.authorization ?? '').split(' ');
    const clientIp = request.ip ?? request.socket.remoteAddress;
    return {
      auditId: randomUUID(),
      action: fact.action,
      service: this.config.service,
      actor: { sub, roles: [...roles], jurisdiction },
      resource: (fact.resource ?? request.originalUrl.split('?')[0]).slice(0, 500),
      tokenFingerprint: tokenFingerprint(token),
      at: new Date().toISOString(),
      correlationId: correlationIdOf(request),
      ...(clientIp && { clientIp: clientIp.slice(0, 64) }),
      ...(fact.export && { export: fact.export }),
      ...(fact.token && { token: fact.token }),
    };
  }

  private eventOf(record: AuditRecorded) {
    // A record its own contract refuses would only surface as a dead letter: refuse it here.
    const problems = validateIntegrationPayload(AUDIT_RECORDED_CE_TYPE, record);
    if (problems.length > 0) throw new Error(`invalid audit record: ${problems.join('; ')}`);
    return {
      id: record.auditId,
      type: AUDIT_RECORDED,
      schemaVersion: 1,
      data: record,
      occurredAt: record.at,
      metadata: { actor: record.actor.sub, correlationId: record.correlationId },
    };
  }
}

/** Audit records go out as they were recorded, on the restricted audit topic. */
export const auditPublishes: IntegrationMapper = (recorded) => {
  if (recorded.type !== AUDIT_RECORDED) return [];
  const data = recorded.data as AuditRecorded;
  return [{ topic: TOPICS.audit, type: AUDIT_RECORDED_CE_TYPE, key: data.auditId, data }];
};

/** Publishes the audit store on xuncha.audit for as long as the app runs (at least once). */
@Injectable()
export class AuditPublishing extends RunningPublisher {
  constructor(
    @Inject(AUDIT_STORE) private readonly store: EventStore,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {
    super('AuditPublisher');
  }

  protected publisher(onError: (error: unknown, attempt: number) => void) {
    return integrationPublisher(this.store, this.bus, {
      name: 'audit-publisher',
      source: `xuncha/${this.config.service}`,
      map: auditPublishes,
      onError,
    });
  }
}
