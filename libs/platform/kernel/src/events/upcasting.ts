import type { DomainEvent, RecordedEvent } from './envelope';

/** Turns the payload of one schema version into the next one. */
export type Upcaster = (data: unknown) => unknown;

/**
 * Knows the current schema version of every event type and how to lift older
 * payloads to it. Stored events are never rewritten: they are upcast on read.
 */
export class EventSchemas {
  private readonly current = new Map<string, number>();
  private readonly upcasters = new Map<string, Upcaster>();

  /** Declares that `type` is now at `version`, with one upcaster per older version. */
  register(type: string, version: number, upcasters: Record<number, Upcaster> = {}): this {
    for (let from = 1; from < version; from++) {
      const upcaster = upcasters[from];
      if (!upcaster) throw new Error(`${type}: no upcaster from schema version ${from}`);
      this.upcasters.set(key(type, from), upcaster);
    }
    this.current.set(type, version);
    return this;
  }

  versionOf(type: string): number {
    return this.current.get(type) ?? 1;
  }

  upcast<E extends DomainEvent>(event: RecordedEvent): RecordedEvent<E> {
    const target = this.versionOf(event.type);
    if (event.schemaVersion > target) {
      throw new Error(
        `${event.type} v${event.schemaVersion} is newer than this code knows (v${target})`,
      );
    }
    let data = event.data;
    for (let version = event.schemaVersion; version < target; version++) {
      data = this.upcasters.get(key(event.type, version))!(data);
    }
    return (
      data === event.data ? event : { ...event, data, schemaVersion: target }
    ) as RecordedEvent<E>;
  }
}

function key(type: string, version: number): string {
  return `${type}@${version}`;
}
