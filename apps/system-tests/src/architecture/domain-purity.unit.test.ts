import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../../../..');
const LIBS = join(ROOT, 'libs');
/**
 * What a domain may import besides its own files: the kernel (decider, errors, calendar,
 * ids) and the contracts' vocabulary. No framework, no bus, no store, no node I/O: a
 * decision is a pure function of the events and the command.
 */
const ALLOWED = new Set(['@xuncha/platform-kernel', '@xuncha/contracts']);

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every file of `libs/<context>/domain/src` with each import it makes that is not allowed. */
function forbiddenDomainImports(libs = LIBS): string[] {
  const domains = readdirSync(libs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(libs, entry.name, 'domain', 'src'))
    .filter((dir) => {
      try {
        return readdirSync(dir).length > 0;
      } catch {
        return false;
      }
    });
  return domains.flatMap(sourcesUnder).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => !specifier.startsWith('.') && !ALLOWED.has(specifier))
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`);
  });
}

describe('the domain libraries', () => {
  it('are found (planning, inspection, clue, rectification)', () => {
    const domains = readdirSync(LIBS).filter((name) => {
      try {
        return readdirSync(join(LIBS, name, 'domain', 'src')).length > 0;
      } catch {
        return false;
      }
    });
    expect(domains.sort()).toEqual(['clue', 'inspection', 'planning', 'rectification']);
  });

  it('import no framework, bus, store or I/O: only the kernel and the contracts', () => {
    expect(forbiddenDomainImports()).toEqual([]);
  });

  it('would be caught importing a framework or node I/O (a planted domain)', () => {
    const libs = mkdtempSync(join(tmpdir(), 'domain-purity-'));
    try {
      mkdirSync(join(libs, 'sample', 'domain', 'src'), { recursive: true });
      writeFileSync(
        join(libs, 'sample', 'domain', 'src', 'sample.decider.ts'),
        "import { Injectable } from '@nestjs/common';\nimport type { Kafka } from 'kafkajs';\n" +
          "import { readFileSync } from 'node:fs';\nimport { decide } from './decide';\n",
      );
      expect(forbiddenDomainImports(libs).map((line) => line.split(' imports ')[1])).toEqual([
        '@nestjs/common',
        'kafkajs',
        'node:fs',
      ]);
    } finally {
      rmSync(libs, { recursive: true, force: true });
    }
  });
});
