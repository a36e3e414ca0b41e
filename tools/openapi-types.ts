/**
 * The console's API types, generated from the five services' live OpenAPI
 * documents with openapi-typescript: `npm run contracts:openapi` writes them
 * to apps/console/web/src/api/<service>.d.ts; `--check` only compares and
 * fails, naming the stale files (the drift test runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import type { ServiceDefinition } from '@xuncha/platform-nest';
import { documentOf } from '@xuncha/platform-nest/testing';
import { clueService } from '../apps/clue-service/src/clue.service';
import { inspectionService } from '../apps/inspection-service/src/inspection.service';
import { planningService } from '../apps/planning-service/src/planning.service';
import { queryService } from '../apps/query-service/src/query.service';
import { rectificationService } from '../apps/rectification-service/src/rectification.service';

const SERVICES: Record<string, ServiceDefinition> = {
  planning: planningService,
  inspection: inspectionService,
  clue: clueService,
  rectification: rectificationService,
  query: queryService,
};
const DIRECTORY = 'apps/console/web/src/api';
const root = join(__dirname, '..');

async function render(service: string): Promise<string> {
  const document = await documentOf(SERVICES[service]);
  const types = astToString(await openapiTS(document as never, { alphabetize: true }));
  const header =
    `// GENERATED from the ${service} service's OpenAPI document by \`npm run contracts:openapi\`: ` +
    'do not edit by hand.\n\n';
  return format(header + types, {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
  });
}

async function main(check: boolean): Promise<void> {
  const stale: string[] = [];
  for (const service of Object.keys(SERVICES)) {
    const file = `${DIRECTORY}/${service}.d.ts`;
    const text = await render(service);
    let current = '';
    try {
      current = readFileSync(join(root, file), 'utf8');
    } catch {
      // Not generated yet: stale.
    }
    if (current === text) continue;
    stale.push(file);
    if (!check) writeFileSync(join(root, file), text);
  }
  if (check && stale.length > 0) {
    console.error(`stale: ${stale.join(', ')}: run \`npm run contracts:openapi\` and commit them`);
    process.exitCode = 1;
    return;
  }
  console.log(
    check
      ? 'the console’s API types are up to date'
      : `wrote ${stale.join(', ') || 'nothing (up to date)'}`,
  );
}

main(process.argv.includes('--check')).then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
