import { join } from 'node:path';
import { EmbeddedReadModelStore } from './embedded/embedded-read-model-store';
import { MongoReadModelStore } from './mongodb/mongo-read-model-store';
import type { ReadModelStore } from './port/read-model-store.port';

export interface ReadModelStoreSettings {
  /** Selects MongoDB when set; the service's read models go to a database named after it. */
  readonly mongodbUri?: string;
  /** Embedded mode keeps `<dataDir>/<service>/read-models.sqlite`. */
  readonly dataDir: string;
  readonly service: string;
}

export async function createReadModelStore(
  settings: ReadModelStoreSettings,
): Promise<ReadModelStore> {
  return settings.mongodbUri
    ? MongoReadModelStore.connect(settings.mongodbUri, settings.service)
    : new EmbeddedReadModelStore(join(settings.dataDir, settings.service, 'read-models.sqlite'));
}
