import type {
  AppendOptions,
  AppendResult,
  CheckpointStore,
  EventStore,
  IdempotencyRecord,
  ReadAllOptions,
} from '@xuncha/platform-event-store';
import { EventSchemas, type NewEvent, type RecordedEvent } from '@xuncha/platform-kernel';
import { DataKeyMissing, type KeyStore } from '../key-store/key-store.port';
import { open, seal } from '../sealing/seal';

/** What a personal field reads as once its subject's key is erased (已删除: deleted). */
export const ERASED = '［已删除］';

/** Which fields of one event type are personal, and whose key seals them. */
export interface PersonalDataRule {
  readonly type: string;
  /** Dotted path of each personal field → the value it reads as after erasure. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The subject whose data key seals the fields, from the plaintext rest of the event. */
  readonly subject: (event: { readonly streamId: string; readonly data: unknown }) => string;
}

/** The stored schema version from which a rule's events are sealed. */
export const SEALED_SCHEMA_VERSION = 2;

/**
 * Schemas for a store behind PersonalDataEventStore: v1 was stored in plaintext, v2 is
 * stored sealed; both open to the same shape, so the upcaster from v1 changes nothing.
 */
export function sealedSchemas(rules: readonly PersonalDataRule[]): EventSchemas {
  const schemas = new EventSchemas();
  for (const rule of rules) {
    schemas.register(rule.type, SEALED_SCHEMA_VERSION, { 1: (data) => data });
  }
  return schemas;
}

type Json = Record<string, unknown>;

/**
 * An event store whose personal fields are sealed at rest with their subject's data key:
 * appends seal them into one `sealed` field, reads open it. When the key was erased a read
 * answers each field's erased value and `personalDataErased: true` instead of failing
 * (a key missing without an erasure fails: DataKeyMissing).
 * Events carrying `personalDataErased` already are stored as they are: there is nothing left
 * to seal. The domain never sees ciphertext.
 */
export class PersonalDataEventStore implements EventStore {
  private readonly rules: ReadonlyMap<string, PersonalDataRule>;

  constructor(
    private readonly inner: EventStore,
    private readonly keys: KeyStore,
    rules: readonly PersonalDataRule[],
  ) {
    this.rules = new Map(rules.map((rule) => [rule.type, rule]));
  }

  get checkpoints(): CheckpointStore {
    return this.inner.checkpoints;
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const sealed = await Promise.all(events.map((event) => this.seal(streamId, event)));
    return this.inner.appendToStream(streamId, sealed, options);
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readStream(streamId));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readAll(options));
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  waitForAppend(position: number, signal: AbortSignal): Promise<void> {
    return this.inner.waitForAppend(position, signal);
  }

  findIdempotencyRecord(key: string): Promise<IdempotencyRecord | undefined> {
    return this.inner.findIdempotencyRecord(key);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async seal(streamId: string, event: NewEvent): Promise<NewEvent> {
    const rule = this.rules.get(event.type);
    const data = event.data as Json;
    if (!rule || data.personalDataErased === true) return event;
    const copy = structuredClone(data);
    const personal: Json = {};
    for (const path of Object.keys(rule.fields)) {
      const value = take(copy, path);
      if (value !== undefined) personal[path] = value;
    }
    const subject = rule.subject({ streamId, data });
    const key = await this.keys.getOrCreate(subject);
    return { ...event, data: { ...copy, sealed: seal(key, JSON.stringify(personal), subject) } };
  }

  private async openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    // One key lookup per subject per read; nothing is kept past it, so an erasure holds at once.
    const keys = new Map<string, Promise<Uint8Array | undefined>>();
    const keyOf = (subject: string) => {
      if (!keys.has(subject)) keys.set(subject, this.keys.get(subject));
      return keys.get(subject)!;
    };
    return Promise.all(events.map((event) => this.open(event, keyOf)));
  }

  private async open(
    event: RecordedEvent,
    keyOf: (subject: string) => Promise<Uint8Array | undefined>,
  ): Promise<RecordedEvent> {
    const rule = this.rules.get(event.type);
    const { sealed, ...rest } = event.data as Json;
    if (!rule || typeof sealed !== 'string') return event;
    const subject = rule.subject({ streamId: event.streamId, data: rest });
    const key = await keyOf(subject);
    const data = structuredClone(rest);
    if (!key) {
      // Erased reads as erased; a key that never was is a fault, not an erasure.
      if (!(await this.keys.erasedAt(subject))) throw new DataKeyMissing(subject);
      for (const [path, erased] of Object.entries(rule.fields)) put(data, path, erased);
      return { ...event, data: { ...data, personalDataErased: true } };
    }
    const personal = JSON.parse(open(key, sealed, subject)) as Json;
    for (const [path, value] of Object.entries(personal)) put(data, path, value);
    return { ...event, data };
  }
}

/** Removes and answers the value at a dotted path. */
function take(target: Json, path: string): unknown {
  const parts = path.split('.');
  const last = parts.pop()!;
  let node: unknown = target;
  for (const part of parts) node = (node as Json | undefined)?.[part];
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as Json)[last];
  delete (node as Json)[last];
  return value;
}

function put(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop()!;
  let node = target;
  for (const part of parts) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Json;
  }
  node[last] = value;
}
