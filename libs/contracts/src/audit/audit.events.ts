/**
 * Payload on xuncha.audit (审计): who used a token, exported a ledger or read a
 * full clue record. Restricted to the query service's audit read model and
 * security operators. It names the caller (token subject) but never a clue's
 * person or allegation, and never the token: a fingerprint stands for it.
 */
import { IsString, Matches } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import {
  Count,
  Describe,
  Id,
  Instant,
  JurisdictionCode,
  Nested,
  OneOf,
  Optional,
  Text,
  Texts,
} from '../fields';

/** Actions are open-ended (a service may audit a new kind of call): a dotted lowercase name. */
const ACTION = /^[a-z]+(?:[.-][a-z]+)+$/;
const FINGERPRINT = /^[0-9a-f]{32}$/;
const SERVICE = /^[a-z]+-service$/;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV, UTF-8 with BOM',
  xlsx: 'Excel workbook',
};

function Pattern(pattern: RegExp, description: string): PropertyDecorator {
  const documented = JSONSchema({
    type: 'string',
    pattern: pattern.source,
    description,
  } as never) as PropertyDecorator;
  return (target, key) => [IsString(), Matches(pattern), documented].forEach((d) => d(target, key));
}

@Describe('Who acted (操作人): the claims of the token the call carried')
export class AuditActor {
  @Text('Token subject (用户标识), as the identity provider names the user', 200)
  sub!: string;

  @Texts('Roles the token granted (角色)', { min: 1, maxLength: 32 })
  roles!: string[];

  @JurisdictionCode('Jurisdiction the token acts in (管辖区划)')
  jurisdiction!: string;
}

@Describe('A ledger export (台账导出)')
export class AuditLedgerExport {
  @Text('The ledger (台账): problems, clues, rectification or immediate-items', 64)
  ledger!: string;

  @OneOf(EXPORT_FORMATS, EXPORT_FORMAT_LABELS, 'File format (导出格式)')
  format!: ExportFormat;

  @Optional()
  @Text('The filters of the export as a query string (筛选条件), format and paging left out', 2000)
  filters?: string;

  @Count('Rows in the file (导出行数)')
  rows!: number;
}

@Describe('First use of a token at a service in an hour (令牌使用)')
export class AuditTokenUse {
  @Text('Token issuer (签发者)', 500)
  issuer!: string;

  @Instant('When the token expires (到期时间)')
  expiresAt!: string;
}

@Describe(
  'An audited call (审计记录): a token used, a ledger exported or a full clue record read. ' +
    'One record per call, except token use: one per token, service and hour.',
)
export class AuditRecorded {
  @Id('Audit record id')
  auditId!: string;

  @Pattern(
    ACTION,
    'What was done (操作): token.used, ledger.exported, clue.full-read, or another dotted name',
  )
  action!: string;

  @Pattern(SERVICE, 'The service that served the call (服务)')
  service!: string;

  @Nested(() => AuditActor, 'Who (操作人)')
  actor!: AuditActor;

  @Text('What was acted on (对象): the request path, e.g. /api/v1/ledgers/problems', 500)
  resource!: string;

  @Pattern(
    FINGERPRINT,
    'The token used, as the first 128 bits of its SHA-256 in hex (令牌指纹); never the token',
  )
  tokenFingerprint!: string;

  @Instant('When (时间)')
  at!: string;

  @Text('x-correlation-id of the request (关联标识)', 128)
  correlationId!: string;

  @Optional()
  @Text('Client address as the service saw it (客户端地址)', 64)
  clientIp?: string;

  @Optional()
  @Nested(() => AuditLedgerExport, 'For ledger.exported')
  export?: AuditLedgerExport;

  @Optional()
  @Nested(() => AuditTokenUse, 'For token.used')
  token?: AuditTokenUse;
}
