import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rulesOf, rulesRaisedIn } from '@xuncha/platform-kernel';
import { INSPECTION_RULES, INSPECTION_RULES_BUILT } from './rules';

const sources = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => readFileSync(join(__dirname, file), 'utf8'))
  .join('\n');

describe('the inspection rule catalogue', () => {
  it('lists every rule the deciders raise, and no rule they do not', () => {
    expect(rulesOf(INSPECTION_RULES)).toEqual(
      [...rulesRaisedIn(sources), ...INSPECTION_RULES_BUILT].sort(),
    );
    for (const rule of INSPECTION_RULES_BUILT) {
      const [stem] = rule.split(/-(?=[a-z]+$)/);
      expect(sources.includes(`'${rule}'`) || sources.includes(`\`${stem}-\${`)).toBe(true);
    }
  });
});
