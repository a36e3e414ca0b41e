import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEAD_LETTER_HEADERS } from '../dead-letter/dead-letter';
import type { JsonSchema } from '../fields';
import { INTEGRATION_EVENTS } from '../registry';
import { ALL_TOPICS } from '../topics';
import { ASYNCAPI_FILE, renderAsyncApiYaml } from './render';

interface Message {
  name: string;
  contentType: string;
  headers: JsonSchema & { properties: Record<string, JsonSchema>; required: string[] };
  payload: JsonSchema;
  examples: { headers: Record<string, unknown>; payload: unknown }[];
}

interface AsyncApi {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, { action: string; channel: { $ref: string } }>;
  components: { messages: Record<string, Message>; schemas: Record<string, JsonSchema> };
}

const CE_REQUIRED = ['ce_id', 'ce_type', 'ce_source', 'ce_time', 'ce_specversion'];
const DOCUMENT_ID = 'urn:xuncha:asyncapi';

describe('AsyncAPI document', () => {
  let rendered: string;
  let document: AsyncApi;

  beforeAll(async () => {
    rendered = await renderAsyncApiYaml();
    // YAML 1.1 reads unquoted dates as timestamps: the examples must survive such parsers.
    document = parse(rendered, { version: '1.1' }) as AsyncApi;
  });

  it(`is what ${ASYNCAPI_FILE} holds, byte for byte`, () => {
    const file = join(__dirname, '../../../..', ASYNCAPI_FILE);
    const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (rendered !== onDisk) {
      throw new Error(
        `${ASYNCAPI_FILE} is stale: run \`npm run contracts:asyncapi\` and commit it`,
      );
    }
  });

  it('has one channel per topic, addressed by the topic name', () => {
    const addresses = Object.values(document.channels).map((channel) => channel.address);
    expect(addresses.sort()).toEqual([...ALL_TOPICS].sort());
  });

  it('puts every registered event in the channel of its topic', () => {
    for (const definition of INTEGRATION_EVENTS) {
      const channel = Object.values(document.channels).find((c) => c.address === definition.topic)!;
      const refs = Object.values(channel.messages).map((message) => message.$ref);
      expect(refs).toContain(`#/components/messages/${definition.type}`);
    }
  });

  it('receives the two discipline topics and sends the others', () => {
    const actions = Object.values(document.operations).map((operation) => {
      const channelId = operation.channel.$ref.replace('#/channels/', '');
      return `${operation.action} ${document.channels[channelId].address}`;
    });
    expect(actions.sort()).toEqual(
      ALL_TOPICS.map(
        (topic) => `${topic.startsWith('discipline.') ? 'receive' : 'send'} ${topic}`,
      ).sort(),
    );
  });

  it('gives every message the CloudEvents headers', () => {
    const messages = Object.entries(document.components.messages);
    expect(messages).toHaveLength(INTEGRATION_EVENTS.length + 1);
    for (const [key, message] of messages) {
      expect(`${key}: ${CE_REQUIRED.filter((h) => !message.headers.properties[h])}`).toBe(
        `${key}: `,
      );
      expect(message.contentType).toBe('application/json');
    }
    for (const definition of INTEGRATION_EVENTS) {
      const { headers } = document.components.messages[definition.type];
      expect(headers.required).toEqual(expect.arrayContaining([...CE_REQUIRED, 'ce_subject']));
      expect(headers.properties.ce_type.const).toBe(definition.type);
      expect(headers.properties.ce_specversion.const).toBe('1.0');
    }
  });

  it('documents the dead-letter headers next to the original ones', () => {
    const { headers, payload } = document.components.messages.DeadLettered;
    expect(headers.required.sort()).toEqual(Object.values(DEAD_LETTER_HEADERS).sort());
    expect(payload.type).toBeUndefined();
  });

  it('has examples whose headers and payloads validate against the message', () => {
    // The document is the base of its own $refs (#/components/schemas/…).
    const ajv = addFormats(new Ajv({ strictSchema: false, allErrors: true }));
    ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
    for (const [key, message] of Object.entries(document.components.messages)) {
      const validateHeaders = ajv.compile(message.headers);
      const validatePayload = ajv.compile({
        $ref: `${DOCUMENT_ID}#/components/messages/${key}/payload`,
      });
      expect(message.examples.length).toBeGreaterThan(0);
      for (const { headers, payload } of message.examples) {
        validateHeaders(headers);
        validatePayload(payload);
        expect({
          key,
          headers: validateHeaders.errors ?? [],
          payload: validatePayload.errors ?? [],
        }).toEqual({ key, headers: [], payload: [] });
      }
    }
  });

  it('shows ce_subject as the key field of the example payload', () => {
    for (const definition of INTEGRATION_EVENTS) {
      const [{ headers, payload }] = document.components.messages[definition.type].examples;
      expect(headers.ce_subject).toBe((payload as Record<string, unknown>)[definition.key]);
    }
  });
});
