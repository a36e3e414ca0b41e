/**
 * runImport: historical ledgers from an .xlsx workbook or a .csv file into the
 * running system, row by row, through the public HTTP API of the five
 * services (the same command handlers as any other client): the rows read
 * and checked here, then each sheet by its module in ./sheets (targets and
 * cadres first, the sheets of the cycle ordered by ./cycle). See tools/import.ts.
 */
import { basename } from 'node:path';
import { isJurisdictionCode, isWithinJurisdiction } from '@xuncha/platform-kernel';
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import { Api, ApiError, SERVICES, portsFromEnv, type Json, type Service } from '../http/client';
import { runCycle, type CycleRows, type Pending } from './cycle';
import {
  checkCase,
  checkClue,
  checkFinding,
  checkInspection,
  checkRound,
  checkTeam,
  checkTermPlan,
  type CaseRow,
  type ClueRow,
  type FindingRow,
  type InspectionRow,
  type RoundRow,
  type TeamRow,
  type TermPlanRow,
} from './cycle-rows';
import { readLedger, SHEET_NAMES, UnusableInput, type LedgerSheet, type SheetKind } from './read';
import {
  canonicalCells,
  checkCadre,
  checkTarget,
  identityCells,
  missingColumns,
  rowKey,
  stepKey,
  type CadreRow,
  type Checked,
  type TargetRow,
} from './rows';
import { Cadres } from './sheets/cadres';
import type { RegistryRun } from './sheets/registry';
import { Targets } from './sheets/targets';

export { UnusableInput } from './read';

export interface ImportOptions {
  /** The .xlsx workbook (sheets 巡察对象, 干部, 巡察规划 … 整改) or .csv file. */
  file: string;
  /** Which ledger a .csv file holds. */
  sheet?: SheetKind;
  /** The office's jurisdiction (default: the nearest code all rows lie under). */
  jurisdiction?: string;
  /** The system's data directory, for the signing key (default XUNCHA_DATA_DIR or ./data). */
  dataDir?: string;
  /** Where the *_PORT variables and JWT_SECRET come from (default process.env). */
  env?: NodeJS.ProcessEnv;
  host?: string;
  /** How long a step waits for what an earlier one caused to be known (default 30 s). */
  settleMs?: number;
  /** Progress lines (default: stdout). */
  log?: (line: string) => void;
}

export interface RefusedRow {
  /** The sheet as the office names it (巡察对象, 干部, …). */
  sheet: string;
  /** The line as Excel shows it (header = line 1). */
  line: number;
  /** Why: the local check's problems or the service's problem detail. */
  reason: string;
  /** The HTTP status when the service refused it (absent for a local refusal). */
  status?: number;
  /** The problem type (e.g. …/rules/target-unknown) when the service refused it. */
  type?: string;
  /** Field errors of a 400. */
  errors?: Array<{ field: string; messages: string[] }>;
}

export interface SheetCounts {
  rows: number;
  /** Registered by this run. */
  imported: number;
  /** Already there from an earlier run of the same rows (the service answered the first id). */
  replayed: number;
  refused: number;
}

export interface ImportResult {
  file: string;
  jurisdiction?: string;
  sheets: Partial<Record<SheetKind, SheetCounts>>;
  /** Every refused row, by sheet then line. */
  refused: RefusedRow[];
  ms: number;
}

/** The importing actor: the services scope Idempotency-Keys by it, so it never changes. */
const ACTOR = 'ledger-import';

interface RowOf {
  targets: TargetRow;
  cadres: CadreRow;
  termPlans: TermPlanRow;
  rounds: RoundRow;
  teams: TeamRow;
  inspections: InspectionRow;
  findings: FindingRow;
  clues: ClueRow;
  cases: CaseRow;
}
type PendingRows = { [K in SheetKind]: Array<Pending<RowOf[K]>> };

const CHECKS: { [K in SheetKind]: (cells: Record<string, string>) => Checked<RowOf[K]> } = {
  targets: checkTarget,
  cadres: checkCadre,
  termPlans: checkTermPlan,
  rounds: checkRound,
  teams: checkTeam,
  inspections: checkInspection,
  findings: checkFinding,
  clues: checkClue,
  cases: checkCase,
};

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const settleMs = options.settleMs ?? 30_000;
  const file = basename(options.file);

  // ── 1. Read and check locally: nothing is sent for an unusable file ───────
  const sheets = await readLedger(options.file, options.sheet);
  for (const sheet of sheets) {
    const missing = missingColumns(sheet);
    if (missing.length > 0) {
      throw new UnusableInput(
        `${options.file}: sheet ${sheet.name} lacks the column(s) ${missing.join(', ')} ` +
          `(its header row has ${sheet.headers.filter(Boolean).join(', ') || 'nothing'})`,
      );
    }
  }
  const refused: RefusedRow[] = [];
  const counts: Partial<Record<SheetKind, SheetCounts>> = {};
  const pending = Object.fromEntries(
    Object.keys(CHECKS).map((kind) => [kind, []]),
  ) as unknown as PendingRows;
  /** Rows refused by the local checks: the rows depending on them are refused naming them. */
  const refusedCells = Object.fromEntries(
    Object.keys(CHECKS).map((kind) => [kind, []]),
  ) as unknown as CycleRows['refused'];
  /** Line of every named row of the targets and cadres sheets, refused or not (first wins). */
  const namedLines = { targets: new Map<string, number>(), cadres: new Map<string, number>() };
  const accept = <K extends SheetKind>(kind: K, line: number, cells: Record<string, string>) => {
    const checked = CHECKS[kind](cells);
    const key = rowKey(file, SHEET_NAMES[kind], identityCells(kind, cells));
    if (checked.ok) pending[kind].push({ line, key, cells, row: checked.value });
    else {
      refuse(kind, line, checked.problems.join('; '));
      refusedCells[kind].push({ line, cells });
    }
  };
  for (const sheet of sheets) {
    counts[sheet.kind] = { rows: sheet.rows.length, imported: 0, replayed: 0, refused: 0 };
    for (const row of sheet.rows) {
      const cells = canonicalCells(sheet, row);
      const name = sheet.kind === 'targets' ? cells['名称'] : cells['姓名'];
      if (sheet.kind === 'targets' || sheet.kind === 'cadres') {
        const lines = namedLines[sheet.kind];
        if (name && !lines.has(name)) lines.set(name, row.line);
      }
      accept(sheet.kind, row.line, cells);
    }
  }
  const { targets, cadres } = pending;
  const targetLines = namedLines.targets;
  function refuse(sheet: LedgerSheet | SheetKind, line: number, reason: string, extra: Json = {}) {
    const kind = typeof sheet === 'string' ? sheet : sheet.kind;
    counts[kind]!.refused++;
    refused.push({
      sheet: sheets.find((s) => s.kind === kind)!.name,
      line,
      reason,
      ...extra,
    });
  }
  const result = (jurisdiction?: string): ImportResult => {
    const order = (kind: string) => sheets.findIndex((s) => s.name === kind);
    refused.sort((a, b) => order(a.sheet) - order(b.sheet) || a.line - b.line);
    return {
      file: options.file,
      ...(jurisdiction && { jurisdiction }),
      sheets: counts,
      refused,
      ms: Date.now() - started,
    };
  };
  if (Object.values(pending).every((rows) => rows.length === 0)) {
    log(`${options.file}: no row passed the local checks, nothing to send`);
    return report(result(), log);
  }
  const codes = [...targets, ...cadres, ...pending.termPlans].map((p) => p.row.jurisdiction);
  const jurisdiction = options.jurisdiction ?? (codes.length ? commonJurisdiction(codes) : '');
  if (!jurisdiction || !isJurisdictionCode(jurisdiction)) {
    throw new UnusableInput(
      options.jurisdiction
        ? `--jurisdiction ${options.jurisdiction} is not a division code (e.g. 611000)`
        : codes.length
          ? `the rows lie in more than one province: pass --jurisdiction`
          : `no row names a division code (区划代码): pass --jurisdiction`,
    );
  }
  const cycle: CycleRows = {
    termPlans: pending.termPlans,
    rounds: pending.rounds,
    teams: pending.teams,
    inspections: pending.inspections,
    findings: pending.findings,
    clues: pending.clues,
    cases: pending.cases,
    refused: refusedCells,
  };
  const cycleRows = (Object.keys(CHECKS) as SheetKind[]).some(
    (kind) => kind !== 'targets' && kind !== 'cadres' && pending[kind].length > 0,
  );

  // ── 2. The system: health, token, what is there already ──────────────────
  const host = options.host ?? '127.0.0.1';
  const ports = portsFromEnv(env);
  // Targets and cadres are keyed by their row, each step of the cycle by its row and name.
  const rowsApi = new Api({ host, ports, settleMs, keyOf: (key) => key });
  const api = new Api({ host, ports, settleMs, keyOf: stepKey });
  // The cycle's sheets go to all five services; targets and cadres to planning alone.
  const needed: Service[] = cycleRows ? (Object.keys(SERVICES) as Service[]) : ['planning'];
  for (const service of needed) {
    const url = api.url(service, '/health');
    if (!(await api.healthy(service))) {
      throw new UnusableInput(
        `the ${service} service does not answer on ${url}: the system is not running. ` +
          `Start it with npm start in another terminal (same XUNCHA_DATA_DIR and *_PORT ` +
          `variables), then run npm run import again.`,
      );
    }
  }
  const dataDir = options.dataDir ?? (env.XUNCHA_DATA_DIR || './data');
  const signingKey = resolveSigningKey(dataDir, env.JWT_SECRET);
  const tokens = new Map<string, Promise<string>>();
  /** The import's tokens: the office's, and the roles that sign for clues and rectify. */
  const tokenFor = (role: Role, sub = ACTOR, code = jurisdiction) => {
    const id = `${role}|${sub}|${code}`;
    if (!tokens.has(id))
      tokens.set(id, signToken({ sub, roles: [role], jurisdiction: code }, signingKey));
    return tokens.get(id)!;
  };
  const token = await tokenFor('office');
  const registered = async (path: string) => {
    try {
      return await api.list('planning', path, token);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new UnusableInput(
        error.status === 401
          ? `the planning service refused the import's token: XUNCHA_DATA_DIR must be the data ` +
              `directory npm start runs on (or set the same JWT_SECRET).`
          : error.message,
      );
    }
  };
  const existingTargets = await registered(`/targets?jurisdiction=${jurisdiction}`);
  const existingCadres = await registered(`/cadres?jurisdiction=${jurisdiction}`);
  /** Every id known before or registered during this run: a create answering one was a replay. */
  const known = new Set([...existingTargets, ...existingCadres].map((doc) => String(doc.id)));
  log(
    `${options.file}: ${Object.values(pending).flat().length} rows pass the local checks; ` +
      `${existingTargets.length} targets and ${existingCadres.length} cadres are already ` +
      `registered under ${jurisdiction}`,
  );

  /** A row went in whole: `replayed` when the service answered what an earlier run stored. */
  const counted = (kind: SheetKind, replayed: boolean) => {
    if (replayed) counts[kind]!.replayed++;
    else counts[kind]!.imported++;
  };
  const registry: RegistryRun = { api: rowsApi, token, jurisdiction, known, refuse, counted, log };
  // ── 3. Targets, parents first (a wave per level of 上级单位) ─────────────
  const targetSheet = new Targets(registry, targets, existingTargets, targetLines);
  await targetSheet.import();
  // ── 4. Cadres (所在单位 resolved like 上级单位) ──────────────────────────
  const cadreSheet = new Cadres(registry, cadres, existingCadres, namedLines.cadres);
  await cadreSheet.import(targetSheet);

  // ── 5. The cycle: term plans, rounds, inspections, clues, rectification ───
  if (cycleRows) {
    await runCycle(
      {
        api,
        jurisdiction,
        token: tokenFor,
        target: (name, code) => {
          const found = targetSheet.resolve(name, code);
          return found.id ? { id: found.id } : { why: found.why ?? `'${name}' was not registered` };
        },
        targets: targetSheet.known(),
        cadre: (name) => cadreSheet.resolve(name),
        refuse,
        done: counted,
        log,
      },
      cycle,
    );
  }

  return report(result(jurisdiction), log);
}

/** The nearest code every one of `codes` lies under, if they share a province. */
function commonJurisdiction(codes: string[]): string | undefined {
  const first = codes[0];
  const groups = [2, 4, 6, 9, 12].filter((width) => width <= first.length);
  for (const width of groups.reverse()) {
    const candidate = first.slice(0, width).padEnd(Math.max(6, width), '0');
    if (!isJurisdictionCode(candidate)) continue;
    if (codes.every((code) => isWithinJurisdiction(code, candidate))) return candidate;
  }
  return undefined;
}

function report(result: ImportResult, log: (line: string) => void): ImportResult {
  for (const [kind, c] of Object.entries(result.sheets)) {
    const name = SHEET_NAMES[kind as SheetKind];
    log(
      `${name}: ${c.rows} rows, ${c.imported} imported, ${c.replayed} already there, ` +
        `${c.refused} refused`,
    );
  }
  for (const row of result.refused) {
    log(`  refused ${row.sheet} line ${row.line}: ${row.reason}`);
  }
  return result;
}
