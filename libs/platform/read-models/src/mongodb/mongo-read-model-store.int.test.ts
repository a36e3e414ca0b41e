import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { readModelStoreContract } from '../contract/read-model-store.contract';
import { MongoReadModelStore } from './mongo-read-model-store';

const uri = process.env.MONGODB_URI;
const NOT_RUN =
  'not run: MONGODB_URI is not set (start the docker-compose stack and set it to run this suite)';

if (uri) {
  describe('MongoDB read-model store contract', () => {
    // A fresh database per test, dropped after it, on a server that may hold other data.
    let database: string;
    readModelStoreContract({
      open: async () => {
        database = `contract-${randomUUID()}`;
        return MongoReadModelStore.connect(uri, database);
      },
      reopen: async () => MongoReadModelStore.connect(uri, database),
      cleanup: async () => {
        const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
        await connection.dropDatabase();
        await connection.close();
      },
    });
  });
} else {
  console.warn(NOT_RUN);
  describe('MongoDB read-model store contract', () => {
    it.skip(NOT_RUN, () => undefined);
  });
}
