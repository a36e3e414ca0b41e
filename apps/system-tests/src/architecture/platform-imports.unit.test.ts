import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../../../..');
const PLATFORM = join(ROOT, 'libs/platform');
const ALIASES: Record<string, [string]> = JSON.parse(
  readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'),
).compilerOptions.paths;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The file an import names, when it is one of ours; packages from npm are no part of a circle. */
function resolved(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('.')
    ? resolve(dirname(from), specifier)
    : ALIASES[specifier] && join(ROOT, ALIASES[specifier][0]);
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && !path.endsWith('/') && /\.tsx?$/.test(path),
  );
}

/** Every import, type-only ones and re-exports included: a type import ties two modules too. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => resolved(file, fileName) ?? []);
}

/** The circles in an import graph: a depth-first walk, one circle reported per back edge. */
function circlesIn(imports: ReadonlyMap<string, readonly string[]>): string[][] {
  const done = new Set<string>();
  const path: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string) => {
    if (done.has(file)) return;
    const open = path.indexOf(file);
    if (open >= 0) {
      circles.push([...path.slice(open), file]);
      return;
    }
    path.push(file);
    for (const next of imports.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  [...imports.keys()].forEach(visit);
  return circles;
}

describe('libs/platform imports', () => {
  it('form no circle (a module and what it imports never import it back)', () => {
    const files = sourcesUnder(PLATFORM);
    const imports = new Map(
      files.map((file) => [relative(ROOT, file), importsOf(file).map((f) => relative(ROOT, f))]),
    );
    expect(imports.size).toBeGreaterThan(50);
    expect(circlesIn(imports)).toEqual([]);
  });

  it('the walk finds a circle, type-only imports included', () => {
    const guard = join(PLATFORM, 'nest/src/auth/auth.guard.ts');
    expect(importsOf(guard)).toContain(join(PLATFORM, 'nest/src/audit/audit-trail.ts'));
    const imports = new Map([
      ['auth.guard.ts', ['audit-trail.ts', 'tokens.ts']],
      ['audit-trail.ts', ['tokens.ts', 'auth.guard.ts']],
      ['tokens.ts', []],
    ]);
    expect(circlesIn(imports)).toEqual([['auth.guard.ts', 'audit-trail.ts', 'auth.guard.ts']]);
    expect(
      circlesIn(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
