import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../../../..');
const LIBS = join(ROOT, 'libs');
/** A decision a reader can hold in their head: one command's handler, not a switch of them all. */
const MAX_LINES = 80;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

function domainSources(libs: string): string[] {
  return readdirSync(libs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(libs, entry.name, 'domain', 'src');
      try {
        return sourcesUnder(dir);
      } catch {
        return [];
      }
    });
}

/** The name a reader would look a function up by: its own, or what it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
    parent.name !== undefined
  ) {
    return parent.name.getText();
  }
  return '(anonymous)';
}

/** Every function (declaration, expression, arrow, method) of a source with its length in lines. */
export function functionLengths(file: string, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ name: nameOf(node as ts.FunctionLikeDeclaration), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every function of the domain libraries longer than MAX_LINES, as `file: name (lines)`. */
function longFunctions(libs = LIBS): string[] {
  return domainSources(libs).flatMap((file) =>
    functionLengths(file)
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ name, lines }) => `${relative(libs, file)}: ${name} (${lines} lines)`),
  );
}

describe('the deciders of the domain libraries', () => {
  it('are measured on the real domains (their decide functions are found)', () => {
    const decides = domainSources(LIBS)
      .filter((file) => file.endsWith('.decider.ts'))
      .flatMap((file) => functionLengths(file));
    expect(decides.length).toBeGreaterThan(20);
  });

  it(`have no function longer than ${MAX_LINES} lines: one handler per command`, () => {
    expect(longFunctions()).toEqual([]);
  });

  it('would be caught with one long switch (a planted domain)', () => {
    const libs = mkdtempSync(join(tmpdir(), 'decider-size-'));
    try {
      mkdirSync(join(libs, 'sample', 'domain', 'src'), { recursive: true });
      const cases = Array.from({ length: 40 }, (_, i) => `    case 'C${i}':\n      return [];`);
      writeFileSync(
        join(libs, 'sample', 'domain', 'src', 'sample.decider.ts'),
        `const short = (n: number) => n + 1;\n` +
          `function decide(command: { type: string }) {\n  switch (command.type) {\n` +
          `${cases.join('\n')}\n  }\n  return [];\n}\n`,
      );
      expect(longFunctions(libs)).toEqual([
        'sample/domain/src/sample.decider.ts: decide (85 lines)',
      ]);
    } finally {
      rmSync(libs, { recursive: true, force: true });
    }
  });
});
