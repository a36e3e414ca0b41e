import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { incrementUnder, readModelStoreContract } from '../contract/read-model-store.contract';
import { MongoReadModelStore } from './mongo-read-model-store';

// MONGODB_URI: a real MongoDB (the compose stack's). Otherwise the mongo-java-server that
// Jest's global setup started: the MongoDB wire protocol in memory, not MongoDB.
const real = process.env.MONGODB_URI;
const uri = real ?? process.env.XUNCHA_TEST_MONGO_JAVA_SERVER_URI;
const server = real
  ? 'MongoDB at MONGODB_URI'
  : `mongo-java-server ${process.env.XUNCHA_TEST_MONGO_JAVA_SERVER_VERSION ?? ''} (not MongoDB)`;
if (!uri) throw new Error('neither MONGODB_URI nor the global setup gave a MongoDB server');

describe(`MongoDB read-model store contract on ${server}`, () => {
  // A fresh database per test, dropped after it, on a server that may hold other data.
  let database: string;
  const seen = new Set<boolean>();
  readModelStoreContract({
    open: async () => {
      database = `contract-${randomUUID()}`;
      const store = await MongoReadModelStore.connect(uri, database);
      seen.add(store.commitsInTransactions);
      return store;
    },
    reopen: async () => MongoReadModelStore.connect(uri, database),
    cleanup: async () => {
      const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
      await connection.dropDatabase();
      await connection.close();
    },
  });

  afterAll(() => {
    // Say what this server let the suite exercise of the adapter's two commit paths.
    const exercised = [...seen].map((t) => (t ? 'transactions' : 'standalone (no transaction)'));
    const missing = [true, false]
      .filter((t) => !seen.has(t))
      .map((t) => (t ? 'commits in multi-document transactions' : 'commits without a transaction'));
    console.log(
      `${server}: exercised the commit path ${exercised.join(', ')}; not exercised: ${missing.join(', ') || 'nothing'}`,
    );
  });
});

describe(`MongoDB read-model store, exclusive work across processes on ${server}`, () => {
  let database: string;
  const stores: MongoReadModelStore[] = [];
  beforeEach(async () => {
    database = `contract-${randomUUID()}`;
    for (let n = 0; n < 2; n += 1) {
      stores.push(await MongoReadModelStore.connect(uri, database, { leaseMs: 600 }));
    }
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  });

  it('lets one connection at a time run work under a name: no increment lost', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, n) => incrementUnder(stores[n % 2], 'counting', n)),
    );
    expect(await stores[0].get('counters', 'c')).toEqual({ _id: 'c', count: 10 });
  });

  it('keeps a lease while long work runs, and frees it after a holder that died', async () => {
    // Work three lease times long: the holder renews, so the other waits it out.
    const order: string[] = [];
    const long = stores[0].exclusively('long', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_800));
      order.push('long');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stores[1].exclusively('long', async () => void order.push('after'));
    await long;
    expect(order).toEqual(['long', 'after']);

    // A process killed while holding a lease leaves its document: it holds until it runs out.
    const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
    await connection
      .collection<{ _id: string; token: string; until: Date }>('read_model_leases')
      .insertOne({ _id: 'orphaned', token: 'killed', until: new Date(Date.now() + 500) });
    await connection.close();
    const started = Date.now();
    await stores[1].exclusively('orphaned', async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });
});
