import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../../../..');
/** What a ce_type looks like: `xuncha.planning.RoundLaunched.v1`, inbound `discipline.clue.…`. */
const CE_TYPE = /^(xuncha|discipline|organization)\.[a-z-]+\.[A-Z][A-Za-z]+\.v\d+$/;
/** Where the event types are defined: the only place a bare one belongs. */
const CONTRACTS = join(ROOT, 'libs/contracts/');
/**
 * Test code may name types as plain strings (it asserts the wire format): tests, their
 * fixtures and testing helpers, and the shared contract suites the tests run.
 */
const TEST_CODE = /(\.test\.ts|\.fixture\.ts|\.contract\.ts)$|\/testing\//;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The workspace's own sources that must not hold a bare event type. */
function checkedSources(): string[] {
  return ['apps', 'libs', 'tools']
    .flatMap((dir) => sourcesUnder(join(ROOT, dir)))
    .filter((file) => !file.startsWith(CONTRACTS) && !TEST_CODE.test(relative(ROOT, file)))
    .filter((file) => !file.startsWith(join(ROOT, 'apps/console/web/')));
}

/** One program of the workspace, with its tsconfig's paths: the checker resolves @xuncha/… as tsc does. */
function workspaceProgram(files: string[]): ts.Program {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.createProgram(files, { ...options, noEmit: true, skipLibCheck: true });
}

/** A string-literal type, or a union of them (undefined aside): the compiler knows every value. */
function isLiteralUnion(checker: ts.TypeChecker, type: ts.Type | undefined): boolean {
  if (!type) return false;
  if (type.flags & ts.TypeFlags.TypeParameter) {
    return isLiteralUnion(checker, checker.getBaseConstraintOfType(type));
  }
  const parts = type.isUnion() ? type.types : [type];
  const literals = parts.filter(
    (part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  return literals.length > 0 && literals.every((part) => part.isStringLiteral());
}

/** The type a literal is checked against: its contextual type, or what it is compared with. */
function expectedTypeOf(checker: ts.TypeChecker, literal: ts.Expression): ts.Type | undefined {
  const parent = literal.parent;
  if (ts.isBinaryExpression(parent)) {
    const comparison = [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
    ].includes(parent.operatorToken.kind);
    if (comparison) {
      return checker.getTypeAtLocation(parent.left === literal ? parent.right : parent.left);
    }
  }
  if (ts.isCaseClause(parent) && parent.expression === literal) {
    return checker.getTypeAtLocation(parent.parent.parent.expression);
  }
  return checker.getContextualType(literal);
}

/** For a property name: whether the object's contextual type declares it (not an index signature). */
function declaresProperty(
  checker: ts.TypeChecker,
  object: ts.ObjectLiteralExpression,
  name: string,
) {
  const type = checker.getContextualType(object);
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => checker.getPropertyOfType(part, name) !== undefined);
}

/** Why a ce_type-looking literal is not checked by the compiler; undefined when it is. */
function uncheckedBecause(
  checker: ts.TypeChecker,
  literal: ts.StringLiteralLike,
): string | undefined {
  const parent = literal.parent;
  const name = ts.isComputedPropertyName(parent) ? parent : literal;
  const member = name.parent;
  if ((ts.isPropertyAssignment(member) || ts.isMethodDeclaration(member)) && member.name === name) {
    return ts.isObjectLiteralExpression(member.parent) &&
      declaresProperty(checker, member.parent, literal.text)
      ? undefined
      : 'a property name the object type does not declare (an index signature takes any string)';
  }
  if (ts.isLiteralTypeNode(parent)) return 'a literal type of its own, not from the contracts';
  return isLiteralUnion(checker, expectedTypeOf(checker, literal))
    ? undefined
    : 'a value whose type is a plain string';
}

/** How many ce_type literals the files hold, and each bare one: `path:line 'type' (why)`. */
function eventTypesIn(program: ts.Program, files: readonly string[]) {
  const checker = program.getTypeChecker();
  const bare: string[] = [];
  let seen = 0;
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) && CE_TYPE.test(node.text)) {
        seen += 1;
        const why = uncheckedBecause(checker, node);
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        if (why) bare.push(`${relative(ROOT, file)}:${line + 1} '${node.text}' (${why})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { seen, bare };
}

/** A program of files held in memory, with the standard library: for the planted cases. */
function programOf(texts: Record<string, string>): ts.Program {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
  };
  const memory = new Map(Object.entries(texts).map(([name, text]) => [join(ROOT, name), text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = memory.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, text, language);
  };
  host.fileExists = (name) => memory.has(name) || fileExists.call(host, name);
  host.readFile = (name) => memory.get(name) ?? readFileSync(name, 'utf8');
  return ts.createProgram([...memory.keys()], options, host);
}

describe('event types outside libs/contracts', () => {
  it('are all checked by the compiler against the contracts (no bare ce_type string)', () => {
    const files = checkedSources();
    const program = workspaceProgram(files);
    const { seen, bare } = eventTypesIn(program, files);
    // The services' projections, consumers and publishers name event types: the scan sees them.
    expect(files.length).toBeGreaterThan(200);
    expect(seen).toBeGreaterThan(30);
    expect(bare).toEqual([]);
  }, 180_000);

  it('a bare one is caught: a plain string, an index signature, a literal type; typed ones pass', () => {
    const program = programOf({
      'contracts.ts': `
        export type EventType =
          | 'xuncha.planning.RoundLaunched.v1'
          | 'discipline.clue.ClueReceiptAcknowledged.v1';
      `,
      'planted.ts': `import type { EventType } from './contracts';
        declare function on<T extends EventType>(type: T): void;
        declare function pattern(type: string): void;
        declare const seen: EventType;
        declare const raw: string;
        const typed: EventType = 'xuncha.planning.RoundLaunched.v1';
        on('discipline.clue.ClueReceiptAcknowledged.v1');
        const handlers: { [T in EventType]?: () => void } = { 'xuncha.planning.RoundLaunched.v1': () => {} };
        if (seen === 'xuncha.planning.RoundLaunched.v1') pattern(typed);
        const satisfied = 'xuncha.planning.RoundLaunched.v1' satisfies EventType;
        pattern('xuncha.planning.RoundClosed.v1');
        const byString: Record<string, () => void> = { 'xuncha.inspection.FindingRecorded.v1': () => {} };
        if (raw === 'organization.rectification.Reviewed.v2') pattern(raw);
        type Own = 'xuncha.clue.ClueTransferred.v1';
        export { handlers, satisfied, byString, type Own };
      `,
    });
    expect(eventTypesIn(program, [join(ROOT, 'planted.ts')]).bare).toEqual([
      "planted.ts:11 'xuncha.planning.RoundClosed.v1' (a value whose type is a plain string)",
      "planted.ts:12 'xuncha.inspection.FindingRecorded.v1' (a property name the object type does not declare (an index signature takes any string))",
      "planted.ts:13 'organization.rectification.Reviewed.v2' (a value whose type is a plain string)",
      "planted.ts:14 'xuncha.clue.ClueTransferred.v1' (a literal type of its own, not from the contracts)",
    ]);
  });
});
