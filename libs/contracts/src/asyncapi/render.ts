import * as yamlPlugin from 'prettier/plugins/yaml';
import { format } from 'prettier/standalone';
import { Document } from 'yaml';
import { buildAsyncApiDocument } from './document';

/** Where the rendered document lives, from the workspace root. */
export const ASYNCAPI_FILE = 'docs/asyncapi.yaml';

/**
 * The document as docs/asyncapi.yaml holds it. Prettier's standalone build
 * (no dynamic imports, so it also runs under Jest) formats it with the
 * workspace's .prettierrc options, so `prettier --check` and the drift test
 * agree with the generator.
 */
export async function renderAsyncApiYaml(): Promise<string> {
  const document = new Document(buildAsyncApiDocument(), {
    aliasDuplicateObjects: false,
    // YAML 1.1 quoting: js-yaml and other 1.1 parsers would read unquoted dates as timestamps.
    version: '1.1',
  });
  document.commentBefore =
    ' GENERATED from libs/contracts by `npm run contracts:asyncapi`: do not edit by hand.';
  const yaml = document.toString({ lineWidth: 0 });
  return format(yaml, {
    parser: 'yaml',
    plugins: [yamlPlugin],
    singleQuote: true,
    printWidth: 100,
  });
}
