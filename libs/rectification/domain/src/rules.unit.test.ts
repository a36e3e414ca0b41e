import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rulesOf, rulesRaisedIn } from '@xuncha/platform-kernel';
import { RECTIFICATION_RULES } from './rules';

const sources = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => readFileSync(join(__dirname, file), 'utf8'))
  .join('\n');

describe('the rectification rule catalogue', () => {
  it('lists every rule the deciders raise, and no rule they do not', () => {
    expect(rulesOf(RECTIFICATION_RULES)).toEqual(rulesRaisedIn(sources));
  });
});
