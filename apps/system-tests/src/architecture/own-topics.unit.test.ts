import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INTEGRATION_EVENTS, findIntegrationEvent } from '@xuncha/contracts';
import type { ServiceDefinition } from '@xuncha/platform-nest';
import { readsEventStore, type AnyProjectionDefinition } from '@xuncha/platform-projections';

const ROOT = resolve(__dirname, '../../../..');
const APPS = join(ROOT, 'apps');

/** What a service reads from the bus: its bus projections' and its consumers' event types. */
interface BusReader {
  readonly service: string;
  readonly projections: readonly AnyProjectionDefinition[];
  /** `@OnIntegrationEvent('<ce_type>')` (or Nest's `@EventPattern`) of its consumers. */
  readonly consumed: readonly string[];
}

/**
 * The topics a service publishes: those of its context's integration events
 * (`xuncha.<context>.…`, service `<context>-service`). The audit topic is the
 * platform's, written by every service, and belongs to no context.
 */
function ownTopics(service: string): Set<string> {
  const context = service.replace(/-service$/, '');
  return new Set(
    INTEGRATION_EVENTS.filter((event) => event.type.startsWith(`xuncha.${context}.`)).map(
      (event) => event.topic,
    ),
  );
}

/** Each read of a service's own topic, as `<service> <reader> reads <topic> (<type>)`. */
function ownTopicReads(readers: readonly BusReader[]): string[] {
  return readers.flatMap(({ service, projections, consumed }) => {
    const own = ownTopics(service);
    const reads = [
      ...projections
        .filter((projection) => !readsEventStore(projection))
        .flatMap((projection) =>
          Object.keys(projection.handlers).map((type) => [`projection ${projection.name}`, type]),
        ),
      ...consumed.map((type) => ['consumer', type]),
    ];
    return reads.flatMap(([reader, type]) => {
      const topic = findIntegrationEvent(type)?.topic;
      return topic && own.has(topic) ? [`${service} ${reader} reads ${topic} (${type})`] : [];
    });
  });
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every service as it runs: the definition its main.ts starts, and its consumers' patterns. */
function services(): BusReader[] {
  return readdirSync(APPS)
    .filter((app) => app.endsWith('-service'))
    .map((app) => {
      const src = join(APPS, app, 'src');
      const file = readdirSync(src).find((name) => name.endsWith('.service.ts'));
      if (!file) throw new Error(`${app} has no *.service.ts`);
      const module = require(join(src, file)) as Record<string, unknown>;
      const definition = Object.values(module).find(
        (value): value is ServiceDefinition =>
          typeof value === 'object' && value !== null && 'service' in value && 'feature' in value,
      );
      if (!definition) throw new Error(`${app}/src/${file} exports no ServiceDefinition`);
      const consumed = sourcesUnder(src).flatMap((path) =>
        [
          ...readFileSync(path, 'utf8').matchAll(
            /@(?:OnIntegrationEvent|EventPattern)\(\s*'([^']+)'/g,
          ),
        ].map((m) => m[1]),
      );
      return {
        service: definition.service,
        projections: definition.projections ?? [],
        consumed,
      };
    });
}

describe('the services on the bus', () => {
  const all = services();

  it('are found, each with the topics its context publishes', () => {
    expect(all.map((s) => s.service).sort()).toEqual([
      'clue-service',
      'inspection-service',
      'planning-service',
      'query-service',
      'rectification-service',
    ]);
    expect([...ownTopics('inspection-service')].sort()).toEqual([
      'xuncha.inspection.clues',
      'xuncha.inspection.events',
      'xuncha.inspection.prompts',
    ]);
    // The readers are seen: query's projections and the consumers of the other services.
    expect(all.find((s) => s.service === 'planning-service')!.consumed).toContain(
      'xuncha.inspection.FeedbackDelivered.v1',
    );
  });

  it('never subscribe to a topic they publish: their own views come from their own store', () => {
    expect(ownTopicReads(all)).toEqual([]);
  });

  it('would be caught folding their own topic (a planted projection and consumer)', () => {
    const planted: BusReader = {
      service: 'inspection-service',
      projections: [
        {
          name: 'inspections',
          collections: ['inspections'],
          handlers: { 'xuncha.inspection.InspectionOpened.v1': () => undefined },
        },
        {
          name: 'own-store',
          collections: ['own'],
          source: { kind: 'event-store', streamPrefixes: ['inspection.inspection'] },
          handlers: { InspectionOpened: () => undefined },
        },
      ],
      consumed: ['xuncha.inspection.ClueIdentified.v1', 'xuncha.planning.RoundLaunched.v1'],
    };
    expect(ownTopicReads([planted])).toEqual([
      'inspection-service projection inspections reads xuncha.inspection.events (xuncha.inspection.InspectionOpened.v1)',
      'inspection-service consumer reads xuncha.inspection.clues (xuncha.inspection.ClueIdentified.v1)',
    ]);
  });
});
