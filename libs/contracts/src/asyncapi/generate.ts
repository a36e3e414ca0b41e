/** Writes docs/asyncapi.yaml: `npm run contracts:asyncapi`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASYNCAPI_FILE, renderAsyncApiYaml } from './render';

const workspaceRoot = join(__dirname, '../../../..');

renderAsyncApiYaml()
  .then((text) => {
    writeFileSync(join(workspaceRoot, ASYNCAPI_FILE), text);
    console.log(`wrote ${ASYNCAPI_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
