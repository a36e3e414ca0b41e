import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { readModelStoreContract } from '../contract/read-model-store.contract';
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
