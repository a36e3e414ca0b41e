/**
 * The AsyncAPI 3.0 document of every integration event, built from the
 * registry and the payload classes. docs/asyncapi.yaml is this, rendered by
 * `npm run contracts:asyncapi`; a test fails when the file is stale.
 */
import { uuidFromHash } from '@xuncha/platform-kernel';
import { CE_HEADERS, CLOUDEVENTS_SPEC_VERSION, PAYLOAD_CONTENT_TYPE } from '../cloudevents';
import {
  DEAD_LETTER_HEADER_DOCS,
  DEAD_LETTER_HEADERS,
  type DeadLetterHeader,
} from '../dead-letter/dead-letter';
import type { IntegrationEventDefinition } from '../definition';
import type { JsonSchema } from '../fields';
import { contractSchemas } from '../json-schema';
import type { RoundLaunched } from '../planning/planning.events';
import { findIntegrationEvent, INTEGRATION_EVENTS, integrationEventsOn } from '../registry';
import { validateIntegrationPayload } from '../validation';
import { TOPICS, type Topic } from '../topics';

/** Version of the contracts as a whole: bump it with any change to the events. */
export const CONTRACTS_VERSION = '1.0.0';

const SCHEMAS = '#/components/schemas/';
const DEAD_LETTERED = 'DeadLettered';
const KAFKA_BINDING_VERSION = '0.5.0';

type ChannelId = keyof typeof TOPICS;

interface ChannelDoc {
  title: string;
  /** Who writes the topic, as it appears in ce_source; dead letters keep the original's. */
  source?: string;
  /** Published by xuncha (send) or by the discipline commission (receive). */
  action: 'send' | 'receive';
  description: string;
}

const CHANNELS: Record<ChannelId, ChannelDoc> = {
  planningEvents: {
    title: 'Planning events (巡察规划事件)',
    source: '/xuncha/planning-service',
    action: 'send',
    description:
      'Targets, term plans, rounds and coverage, published by the planning service. ' +
      'Consumers: the inspection service (opens inspections on RoundLaunched) and the query ' +
      'service; open to analytics. Key: the target, term plan or round id.',
  },
  inspectionEvents: {
    title: 'Inspection events (现场巡察事件)',
    source: '/xuncha/inspection-service',
    action: 'send',
    description:
      'Inspections from opening to feedback, published by the inspection service. Consumers: ' +
      'the rectification service (FeedbackDelivered, ImmediateItemAssigned), the planning ' +
      'service (InspectionClosed marks coverage) and the query service; open to analytics, so ' +
      'clues appear redacted (ClueRecorded). Key: the inspection id, so one inspection’s ' +
      'events stay in order.',
  },
  inspectionClues: {
    title: 'Problem clues, restricted (问题线索，限定范围)',
    source: '/xuncha/inspection-service',
    action: 'send',
    description:
      'RESTRICTED. Full clue records with the person and the allegation, from the inspection ' +
      'service to the clue service and no one else: ACLs grant read to the clue service’s ' +
      'consumer group only. Key: the clue id.',
  },
  inspectionPrompts: {
    title: 'Prompts to the commission and the organization department, restricted (提示)',
    source: '/xuncha/inspection-service',
    action: 'send',
    description:
      'RESTRICTED. One self-contained prompt (两提示) per use of an inspection’s results sent ' +
      'to the discipline commission (纪委监委) or the organization department (组织部): the ' +
      'target, what it is about, when it was sent. Each recipient’s consumer takes those whose ' +
      '`recipient` is its own. Key: the inspection id.',
  },
  clueEvents: {
    title: 'Clue events, redacted (问题线索事件，脱敏)',
    source: '/xuncha/clue-service',
    action: 'send',
    description:
      'Every step of a clue, redacted: no names, positions or allegations. Published by the ' +
      'clue service for the query service and analytics (办结率, 立案, 处分). Key: the clue id.',
  },
  clueTransfers: {
    title: 'Clue transfers to the discipline commission (线索移交纪委监委)',
    source: '/xuncha/clue-service',
    action: 'send',
    description:
      'RESTRICTED. The numbered transfer record (移交登记) for the discipline commission (纪委监委), ' +
      'which signs for it on discipline.clue.receipts. Every transfer is recorded here whatever ' +
      'its recipient; the recipient field says who must act. The person, the allegation, the ' +
      "evidence references and the joint review's note are sealed for the recipient's public " +
      'key (SealedClueTransferred): only the recipient reads them. Key: the clue id.',
  },
  disciplineClueReceipts: {
    title: 'Clue receipts from the discipline commission (线索签收)',
    source: '/discipline/clue-handling',
    action: 'receive',
    description:
      'INBOUND, written by the discipline commission’s system: it signed for a transferred ' +
      'clue. Consumer: the clue service. Key: the clue id.',
  },
  disciplineClueOutcomes: {
    title: 'Clue dispositions and outcomes from the discipline commission (线索处置与办理结果)',
    source: '/discipline/clue-handling',
    action: 'receive',
    description:
      'INBOUND, written by the discipline commission’s system: the disposition chosen and ' +
      'the outcome figures, until a final outcome concludes the clue (办结). Consumer: the ' +
      'clue service. Key: the clue id, so one clue’s answers stay in order.',
  },
  rectificationEvents: {
    title: 'Rectification events (整改监督事件)',
    source: '/xuncha/rectification-service',
    action: 'send',
    description:
      'Rectification cases, plans, items and assessments, published by the rectification ' +
      'service for the query service and analytics (整改率, 建章立制). Key: the case id.',
  },
  rectificationNotices: {
    title: 'Rectification notices for the organization department (整改情况通报组织部)',
    source: '/xuncha/rectification-service',
    action: 'send',
    description:
      'One self-contained notice per step the organization department (组织部) supervises, ' +
      'naming the principal leader when known, for daily supervision (三方联动) and annual ' +
      'cadre evaluation (年度考核). Key: the case id.',
  },
  deadLetter: {
    title: 'Dead letters (死信)',
    action: 'send',
    description:
      'Messages a consumer gave up on after bounded retries, copied unchanged with the ' +
      'reason and their origin in x-* headers; never dropped silently. Written by the ' +
      'consumer runtime of every service; read by operators, who fix the cause and replay ' +
      'the message to x-original-topic. Holds restricted records too: restrict it as ' +
      'strictly as the most sensitive topic.',
  },
  audit: {
    title: 'Audit records, restricted (审计记录，限定范围)',
    source: '/xuncha/query-service',
    action: 'send',
    description:
      'RESTRICTED. Audit records of every service, each under its own ce_source: the first use ' +
      'of a token at a service in an hour, ledger exports with their filters and row counts, ' +
      'full reads of clue records. They name the caller (token subject, roles, jurisdiction), ' +
      'never the token (a fingerprint) and never a clue’s person or allegation. Consumer: the ' +
      'query service, which serves them to admins (GET /api/v1/audit). Key: the audit record id.',
  },
};

const INFO_DESCRIPTION = `Integration events of **xuncha** (巡察), the system for party inspection work: inspection offices (巡察办) plan rounds, teams inspect party organizations and record findings and problem clues, clues go to the discipline commission (纪委监委), inspected organizations rectify item by item (整改), and analysts read coverage, rectification and clue figures.

Five services, each owning one context, talk only through these events; outside consumers build against this document.

## Who consumes what (谁消费什么)

| topic | written by | read by |
|---|---|---|
| xuncha.planning.events | planning service | inspection service, query service, analytics |
| xuncha.inspection.events | inspection service | rectification, planning and query services, analytics |
| xuncha.inspection.clues | inspection service | clue service only (restricted, 限定范围) |
| xuncha.clue.events | clue service | query service, analytics |
| xuncha.clue.transfers | clue service | discipline commission (纪委监委) (restricted) |
| discipline.clue.receipts | discipline commission | clue service |
| discipline.clue.outcomes | discipline commission | clue service |
| xuncha.rectification.events | rectification service | query service, analytics |
| xuncha.rectification.notices | rectification service | organization department (组织部) |
| xuncha.dead-letter | every service's consumer runtime | operators |
| xuncha.audit | every service | query service, for admins (restricted) |

Names of people and allegation texts (涉及人员姓名、问题线索内容) never travel on the analytics topics (*.events): only on xuncha.inspection.clues, sealed with the clue's data key, and on xuncha.clue.transfers, sealed for the recipient's public key (older messages there, ClueTransferred, in plaintext). Personal names also appear on xuncha.rectification.notices (the principal leader) and may appear in dead letters.

## Messages (消息格式)

CloudEvents 1.0, Kafka protocol binding, binary mode: the attributes are Kafka headers (ce_id, ce_type, ce_source, ce_time, ce_specversion, ce_subject, the extensions ce_correlationid and ce_causationid, and content-type); the Kafka value is the JSON payload alone (UTF-8). ce_type names the event and its payload version: \`xuncha.<context>.<EventName>.v<version>\`, \`discipline.clue.<EventName>.v<version>\` for what the discipline commission writes.

## Keys and ordering (键与顺序)

The Kafka key is the aggregate id (a UUID), repeated in ce_subject and in the payload field each message names. Kafka keeps order per partition, so the events of one aggregate (one round, inspection, clue or case) arrive in the order they happened; events of different aggregates, even on one topic, have no order between them. A consumer must not assume that an event about another aggregate (e.g. a newly registered target) has already arrived.

## Delivery (投递语义)

At least once: a message may arrive more than once (retries, rebalances, replays). Consumers deduplicate by ce_id and make their effects idempotent. After bounded retries a message a consumer cannot handle goes to xuncha.dead-letter with the reason; it is never dropped silently.

## Versions (版本)

Payloads are closed (additionalProperties: false), as the producers' own validation refuses unknown fields. Any change to a payload, even a new optional field, is published as a new version (ce_type .v2) alongside the old one until every consumer has moved; a version is never changed in place.

## Values (取值约定)

ce_time is when xuncha recorded the fact; payload fields ending in At (deliveredAt, heardAt, …) are when it happened, as users entered it. Instants are ISO 8601 date-times with offset (China: +08:00); deadlines and windows are calendar dates in China Standard Time. Amounts are in yuan (元), rates are fractions (0.982), jurisdictions are GB/T 2260 division codes extended to 9 and 12 digits for townships and villages (统计用区划代码).`;

function eventName(definition: IntegrationEventDefinition): string {
  return definition.type.split('.')[2];
}

/** Key of a message inside its channel, e.g. RoundLaunched.v1. */
function channelMessageKey(definition: IntegrationEventDefinition): string {
  return `${eventName(definition)}.v${definition.version}`;
}

function channelIdOf(topic: Topic): ChannelId {
  return (Object.keys(TOPICS) as ChannelId[]).find((id) => TOPICS[id] === topic)!;
}

/** A stable UUID-shaped id for examples, so the rendered document does not change between runs. */
function exampleUuid(seed: string): string {
  return uuidFromHash(seed);
}

const CE_HEADER_DOCS = {
  [CE_HEADERS.specVersion]: {
    type: 'string',
    const: CLOUDEVENTS_SPEC_VERSION,
    description: 'CloudEvents version (规范版本)',
  },
  [CE_HEADERS.id]: {
    type: 'string',
    format: 'uuid',
    description:
      'Event id (事件标识), unique per event: consumers deduplicate on it, since delivery is ' +
      'at least once',
  },
  [CE_HEADERS.source]: {
    type: 'string',
    format: 'uri-reference',
    description: 'The producing system (事件来源)',
  },
  [CE_HEADERS.time]: {
    type: 'string',
    format: 'date-time',
    description: 'When the producer recorded the fact (记录时间), RFC 3339',
  },
  [CE_HEADERS.correlationId]: {
    type: 'string',
    minLength: 1,
    description:
      'Correlation id (关联标识): the x-correlation-id of the request that started the flow, ' +
      'carried by every event it leads to; an answer from the discipline commission repeats ' +
      'the one of the transfer it answers',
  },
  [CE_HEADERS.causationId]: {
    type: 'string',
    minLength: 1,
    description: 'ce_id of the event that caused this one, when an event did (因果标识)',
  },
  [CE_HEADERS.contentType]: {
    type: 'string',
    const: PAYLOAD_CONTENT_TYPE,
    description: 'Content type of the value (CloudEvents datacontenttype)',
  },
} satisfies Record<string, JsonSchema>;

function headersOf(definition: IntegrationEventDefinition, keySchema: JsonSchema): JsonSchema {
  const { [CE_HEADERS.causationId]: causation, ...always } = CE_HEADER_DOCS;
  return {
    type: 'object',
    required: [...Object.keys(always), CE_HEADERS.type, CE_HEADERS.subject],
    properties: {
      ...always,
      [CE_HEADERS.type]: {
        type: 'string',
        const: definition.type,
        description: 'Event type and payload version (事件类型)',
      },
      [CE_HEADERS.subject]: {
        ...keySchema,
        description: `The aggregate id (聚合标识): payload.${definition.key}, also the Kafka key`,
      },
      [CE_HEADERS.causationId]: causation,
    },
  };
}

function exampleHeaders(definition: IntegrationEventDefinition): Record<string, string> {
  const example = definition.example as Record<string, string>;
  return {
    [CE_HEADERS.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [CE_HEADERS.id]: exampleUuid(`${definition.type}/id`),
    [CE_HEADERS.type]: definition.type,
    [CE_HEADERS.source]: CHANNELS[channelIdOf(definition.topic)].source!,
    [CE_HEADERS.time]: '2026-06-16T10:00:05+08:00',
    [CE_HEADERS.subject]: example[definition.key],
    [CE_HEADERS.correlationId]: exampleUuid(`${definition.type}/correlation`),
    [CE_HEADERS.contentType]: PAYLOAD_CONTENT_TYPE,
  };
}

function keySchemaOf(definition: IntegrationEventDefinition, schemas: Record<string, JsonSchema>) {
  const properties = schemas[definition.payload.name].properties as Record<string, JsonSchema>;
  const keySchema = { ...properties[definition.key] };
  delete keySchema.description;
  return keySchema;
}

function eventMessage(definition: IntegrationEventDefinition, schemas: Record<string, JsonSchema>) {
  const keySchema = keySchemaOf(definition, schemas);
  return {
    name: eventName(definition),
    title: `${eventName(definition)} v${definition.version}`,
    summary: definition.summary,
    contentType: PAYLOAD_CONTENT_TYPE,
    correlationId: { $ref: '#/components/correlationIds/correlation' },
    headers: headersOf(definition, keySchema),
    payload: { $ref: `${SCHEMAS}${definition.payload.name}` },
    bindings: {
      kafka: {
        key: { ...keySchema, description: `payload.${definition.key}` },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    examples: [
      {
        name: 'example',
        summary: definition.summary,
        headers: exampleHeaders(definition),
        payload: definition.example,
      },
    ],
  };
}

function deadLetterMessage() {
  // Shown with a RoundLaunched the inspection service refused: a tier it does not know.
  const original = findIntegrationEvent('xuncha.planning.RoundLaunched.v1')!;
  const refused = structuredClone(original.example) as RoundLaunched;
  (refused.teams[0].targets[0] as { tier: string }).tier = 'province';
  const exampleValues: Record<DeadLetterHeader, string> = {
    'x-dead-letter-reason': validateIntegrationPayload(original.type, refused).join('; '),
    'x-original-topic': original.topic,
    'x-original-partition': '3',
    'x-original-offset': '18842',
    'x-consumer-group': 'inspection-service',
  };
  const xHeaders = Object.fromEntries(
    Object.entries(DEAD_LETTER_HEADER_DOCS).map(([name, { description, pattern }]) => [
      name,
      { type: 'string', minLength: 1, ...(pattern ? { pattern } : {}), description },
    ]),
  );
  const keptHeaders = Object.fromEntries(
    Object.entries({
      ...CE_HEADER_DOCS,
      [CE_HEADERS.type]: { type: 'string', description: 'Event type (事件类型)' },
      [CE_HEADERS.subject]: { type: 'string', description: 'The aggregate id (聚合标识)' },
    }).map(([name, schema]) => [
      name,
      { ...schema, description: `Kept from the original message: ${schema.description}` },
    ]),
  );
  return {
    name: DEAD_LETTERED,
    title: 'Dead-lettered message (死信)',
    summary: 'A message a consumer gave up on, with the reason and its origin (死信)',
    description:
      'The envelope the consumer runtime writes: the original key and value unchanged, the ' +
      'original headers kept (the ce_* headers when the message had them), plus the x-* ' +
      'headers saying why and where from. The value is whatever the original held, normally ' +
      'the JSON payload of the event named by ce_type.',
    contentType: PAYLOAD_CONTENT_TYPE,
    headers: {
      type: 'object',
      required: Object.values(DEAD_LETTER_HEADERS),
      properties: { ...xHeaders, ...keptHeaders },
    },
    payload: { description: 'The original value, unchanged: any JSON (原消息内容，原样保留)' },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The original key, unchanged' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    examples: [
      {
        name: 'example',
        summary: `A ${eventName(original)} the inspection service refused`,
        headers: { ...exampleHeaders(original), ...exampleValues },
        payload: refused,
      },
    ],
  };
}

function channelMessages(topic: Topic): Record<string, { $ref: string }> {
  if (topic === TOPICS.deadLetter) {
    return { [DEAD_LETTERED]: { $ref: `#/components/messages/${DEAD_LETTERED}` } };
  }
  return Object.fromEntries(
    integrationEventsOn(topic).map((definition) => [
      channelMessageKey(definition),
      { $ref: `#/components/messages/${definition.type}` },
    ]),
  );
}

function operationId(id: ChannelId): string {
  return `${CHANNELS[id].action}${id[0].toUpperCase()}${id.slice(1)}`;
}

/** The whole document as plain data, ready to render. */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const schemas = contractSchemas(SCHEMAS);
  const channelIds = Object.keys(TOPICS) as ChannelId[];
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'xuncha integration events (巡察系统集成事件)',
      version: CONTRACTS_VERSION,
      description: INFO_DESCRIPTION,
    },
    defaultContentType: PAYLOAD_CONTENT_TYPE,
    servers: {
      production: {
        host: 'kafka.xuncha.example:9093',
        protocol: 'kafka-secure',
        description:
          'Placeholder for the production cluster (生产环境，地址按部署填写). Clients connect ' +
          'with SASL_SSL: TLS plus SASL/SCRAM-SHA-512, one principal per service and per ' +
          'outside consumer, with topic ACLs that keep the restricted topics to their readers.',
        security: [{ $ref: '#/components/securitySchemes/saslScram' }],
      },
      local: {
        host: 'localhost:29092',
        protocol: 'kafka',
        description:
          'The docker compose stack (docker-compose.yml): PLAINTEXT on this loopback-only host ' +
          'port; inside the stack the services use kafka:9092 with SASL/SCRAM-SHA-512. ' +
          'Without KAFKA_BROKERS the services use the embedded bus instead, with ' +
          'the same topics, keys and headers.',
      },
    },
    channels: Object.fromEntries(
      channelIds.map((id) => [
        id,
        {
          address: TOPICS[id],
          title: CHANNELS[id].title,
          description: CHANNELS[id].description,
          messages: channelMessages(TOPICS[id]),
        },
      ]),
    ),
    operations: Object.fromEntries(
      channelIds.map((id) => [
        operationId(id),
        {
          action: CHANNELS[id].action,
          channel: { $ref: `#/channels/${id}` },
          title: `${CHANNELS[id].action === 'send' ? 'Publish to' : 'Consume'} ${TOPICS[id]}`,
          messages: Object.keys(channelMessages(TOPICS[id])).map((key) => ({
            $ref: `#/channels/${id}/messages/${key}`,
          })),
        },
      ]),
    ),
    components: {
      messages: {
        ...Object.fromEntries(
          INTEGRATION_EVENTS.map((definition) => [
            definition.type,
            eventMessage(definition, schemas),
          ]),
        ),
        [DEAD_LETTERED]: deadLetterMessage(),
      },
      schemas,
      securitySchemes: {
        saslScram: {
          type: 'scramSha512',
          description: 'SASL/SCRAM-SHA-512 over TLS (Kafka security.protocol SASL_SSL)',
        },
      },
      correlationIds: {
        correlation: {
          description: 'The flow an event belongs to (关联标识)',
          location: `$message.header#/${CE_HEADERS.correlationId}`,
        },
      },
    },
  };
}
