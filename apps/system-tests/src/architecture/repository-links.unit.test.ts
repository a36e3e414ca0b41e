import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const TEXT = /\.(ts|tsx|js|mjs|cjs|md|yaml|yml)$/;
const SKIPPED = new Set(['node_modules', '.git', '.nx', 'dist', 'tmp', 'data', 'coverage']);

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return entry.isFile() && TEXT.test(entry.name) ? [path] : [];
  });
}

/**
 * The places where `text` points at a document outside the repository: the
 * design notes it started from (DOMAIN, API, ARCHITECTURE in capitals, whose
 * descriptions now live in docs/ in lower case) or the shared folder beside it;
 * in Markdown, also a relative link that leaves the repository.
 */
export function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const outside = (path: string) => {
    const target = resolve(dirname(file), path);
    return target !== ROOT && !target.startsWith(ROOT + sep);
  };
  // A relative path into a `shared` folder: outside when it leaves the repository or names nothing in it.
  const missing = (path: string) =>
    outside(path) ||
    !['', '.ts', '.tsx', '/index.ts'].some((end) => existsSync(resolve(dirname(file), path + end)));
  text.split('\n').forEach((line, index) => {
    const hits = new Set<string>();
    for (const [name] of line.matchAll(
      /(?<![\w/.-])(?:[\w./-]*\/)?(?:DOMAIN|API|ARCHITECTURE)\.md\b/g,
    )) {
      hits.add(name);
    }
    for (const [path] of line.matchAll(/(?:\.\.\/)+shared(?:\/[\w.-]+)*/g)) {
      if (missing(path)) hits.add(path);
    }
    for (const [path] of line.matchAll(
      /\/work\/shared\b|(?<![\w/.-])shared\/(?:seeds|DOMAIN|API|ARCHITECTURE)\b/g,
    )) {
      hits.add(path);
    }
    if (file.endsWith('.md')) {
      for (const [, path] of line.matchAll(
        /\]\((\.{1,2}\/[^)#\s]*|[\w-][^):#\s]*)(?:#[^)]*)?\)/g,
      )) {
        if (outside(path)) hits.add(path);
      }
    }
    for (const hit of hits) found.push(`${relative(ROOT, file)}:${index + 1}: ${hit}`);
  });
  return found;
}

describe('documents and comments point inside the repository', () => {
  it('no file cites a document outside it (the domain, API and architecture are in docs/)', () => {
    const files = textFiles(ROOT).filter((file) => file !== __filename);
    expect(files.length).toBeGreaterThan(400);
    expect(files.flatMap((file) => outsideReferences(file, readFileSync(file, 'utf8')))).toEqual(
      [],
    );
    for (const doc of ['domain.md', 'architecture.md', 'api.md']) {
      expect(existsSync(join(ROOT, 'docs', doc))).toBe(true);
    }
  });

  it('the check finds each kind of reference outside, and lets docs/ through', () => {
    const source = join(ROOT, 'libs/planning/domain/src/round/round.decider.ts');
    const planted = [
      '/** Every rule a team must satisfy (DOMAIN.md §1). */',
      '// the claims API.md requires; the envelope of ../shared/ARCHITECTURE.md',
      '// figures of shared/DOMAIN.md §6, seeds in /work/shared/seeds',
      '// fine: docs/domain.md §1, docs/api.md, README.md, ../shared/window',
    ].join('\n');
    expect(outsideReferences(source, planted).map((hit) => hit.split(': ')[1])).toEqual([
      'DOMAIN.md',
      'API.md',
      '../shared/ARCHITECTURE.md',
      'shared/DOMAIN.md',
      'shared/DOMAIN',
      '/work/shared',
    ]);
    // An import of the context's own shared folder is inside.
    expect(outsideReferences(source, "import { omit } from '../shared/omit';")).toEqual([]);
    const doc = join(ROOT, 'docs/domain.md');
    expect(outsideReferences(doc, 'see [notes](../../notes/GUIDE.md)')).toEqual([
      'docs/domain.md:1: ../../notes/GUIDE.md',
    ]);
    expect(
      outsideReferences(doc, 'see [counting](counting.md#tier) and [README](../README.md)'),
    ).toEqual([]);
  });
});
