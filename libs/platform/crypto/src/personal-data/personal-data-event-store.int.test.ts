import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@xuncha/platform-event-store';
import type { NewEvent } from '@xuncha/platform-kernel';
import { FileKeyStore } from '../key-store/file-key-store';
import { DataKeyMissing } from '../key-store/key-store.port';
import {
  ERASED,
  PersonalDataEventStore,
  sealedSchemas,
  type PersonalDataRule,
} from './personal-data-event-store';

const RULE: PersonalDataRule = {
  type: 'Noted',
  fields: { 'person.name': ERASED, allegation: ERASED, refs: [] },
  subject: ({ streamId }) => streamId.slice('test.thing-'.length),
};
const NAME = '密文测试甲乙丙';

function noted(data: object, schemaVersion = 2): NewEvent {
  return {
    id: randomUUID(),
    type: 'Noted',
    schemaVersion,
    data,
    occurredAt: '2026-11-25T10:00:00.000Z',
    metadata: { actor: 'test', correlationId: randomUUID() },
  };
}

describe('PersonalDataEventStore', () => {
  let dir: string;
  let raw: SqliteEventStore;
  let keys: FileKeyStore;
  let store: PersonalDataEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-pd-'));
    raw = new SqliteEventStore(join(dir, 'events.sqlite'));
    keys = await FileKeyStore.open(join(dir, 'keys'));
    store = new PersonalDataEventStore(raw, keys, [RULE]);
  });
  afterEach(async () => {
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fileBytes = () =>
    Buffer.concat(
      readdirSync(dir)
        .filter((name) => name.startsWith('events.sqlite'))
        .map((name) => readFileSync(join(dir, name))),
    );

  it('seals the personal fields at rest and opens them on read', async () => {
    const id = randomUUID();
    const data = { person: { name: NAME, rank: 'section' }, allegation: '收受礼金', refs: ['r1'] };
    await store.appendToStream(`test.thing-${id}`, [noted(data)], { expectedRevision: 'any' });

    const [stored] = await raw.readStream(`test.thing-${id}`);
    expect(stored.data).toEqual({ person: { rank: 'section' }, sealed: expect.any(String) });
    expect(fileBytes().includes(Buffer.from(NAME))).toBe(false);
    expect((await store.readStream(`test.thing-${id}`))[0].data).toEqual(data);
    expect((await store.readAll({ after: 0, maxCount: 10 }))[0].data).toEqual(data);
  });

  it('reads an erased subject as erased, and stores nothing new under its name', async () => {
    const id = randomUUID();
    const stream = `test.thing-${id}`;
    const data = { person: { name: NAME, rank: 'section' }, allegation: '收受礼金', refs: ['r1'] };
    await store.appendToStream(stream, [noted(data)], { expectedRevision: 'any' });
    await keys.erase(id, new Date());

    const erased = {
      person: { name: ERASED, rank: 'section' },
      allegation: ERASED,
      refs: [],
      personalDataErased: true,
    };
    const [read] = await store.readStream(stream);
    expect(read.data).toEqual(erased);
    // A fact made from the erased state is stored as it is: there is nothing left to seal.
    await store.appendToStream(stream, [noted(read.data as object)], { expectedRevision: 0 });
    expect((await store.readStream(stream)).map((event) => event.data)).toEqual([erased, erased]);
  });

  it('fails loudly on a key that was never there: another key store is no erasure', async () => {
    const id = randomUUID();
    const data = { person: { name: NAME, rank: 'section' }, allegation: 'a', refs: [] };
    await store.appendToStream(`test.thing-${id}`, [noted(data)], { expectedRevision: 'any' });
    const elsewhere = new PersonalDataEventStore(raw, await FileKeyStore.open(join(dir, 'k2')), [
      RULE,
    ]);
    await expect(elsewhere.readStream(`test.thing-${id}`)).rejects.toThrow(DataKeyMissing);
  });

  it('leaves plaintext events of schema v1 and other types as they were', async () => {
    const id = randomUUID();
    const old = { person: { name: NAME, rank: 'section' }, allegation: 'a', refs: [] };
    await raw.appendToStream(`test.thing-${id}`, [noted(old, 1)], { expectedRevision: 'any' });
    await store.appendToStream(`test.other-${id}`, [{ ...noted({ x: 1 }), type: 'Other' }], {
      expectedRevision: 'any',
    });
    const [read] = await store.readStream(`test.thing-${id}`);
    expect(sealedSchemas([RULE]).upcast(read).data).toEqual(old);
    expect((await store.readStream(`test.other-${id}`))[0].data).toEqual({ x: 1 });
  });
});
