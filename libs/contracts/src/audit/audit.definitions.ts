import { defineEvent, type IntegrationEventDefinition } from '../definition';
import { TOPICS } from '../topics';
import { AuditRecorded } from './audit.events';

export const AUDIT_EVENTS = [
  defineEvent({
    type: 'xuncha.audit.AuditRecorded.v1',
    version: 1,
    topic: TOPICS.audit,
    payload: AuditRecorded,
    key: 'auditId',
    summary: 'An audited call: token use, ledger export, full clue read (审计记录)',
    example: {
      auditId: '0b6f2f2e-4b8a-4f7e-9a43-5d0c2f8e7a11',
      action: 'ledger.exported',
      service: 'query-service',
      actor: { sub: 'analyst-611000', roles: ['analyst'], jurisdiction: '611000' },
      resource: '/api/v1/ledgers/problems',
      tokenFingerprint: '3f9c1e0b7a5d4c2e8f6a1b3d5c7e9f20',
      at: '2026-06-16T10:00:05+08:00',
      correlationId: 'c3a8e7b2-91d4-4f0a-b6e5-2d8c7f1a9e34',
      clientIp: '10.20.3.17',
      export: { ledger: 'problems', format: 'xlsx', filters: 'jurisdiction=611000', rows: 2297 },
    },
  }),
] as const satisfies readonly IntegrationEventDefinition[];
