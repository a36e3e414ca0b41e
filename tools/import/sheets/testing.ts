/** Unit tests of the sheet modules: a run over a recorded fake client, and its refusals. */
import { FakeApi } from '../../http/fake-client';
import type { Json } from '../../http/client';
import type { SheetKind } from '../read';
import {
  CycleRun,
  type CycleContext,
  type CycleRows,
  type KnownTarget,
  type Pending,
} from './run-context';

export interface TestRun {
  run: CycleRun;
  api: FakeApi;
  refused: Array<{ kind: SheetKind; line: number; reason: string; extra?: Json }>;
  done: Array<{ kind: SheetKind; replayed: boolean }>;
}

const NO_ROWS: CycleRows = {
  termPlans: [],
  rounds: [],
  teams: [],
  inspections: [],
  findings: [],
  clues: [],
  cases: [],
  refused: {
    targets: [],
    cadres: [],
    termPlans: [],
    rounds: [],
    teams: [],
    inspections: [],
    findings: [],
    clues: [],
    cases: [],
  },
};

export function testRun(
  rows: Partial<CycleRows> = {},
  known: {
    targets?: KnownTarget[];
    cadres?: Record<string, { id?: string; pools?: string[]; why?: string }>;
  } = {},
): TestRun {
  const api = new FakeApi();
  const refused: TestRun['refused'] = [];
  const done: TestRun['done'] = [];
  const targets = known.targets ?? [];
  const ctx: CycleContext = {
    api,
    jurisdiction: '611021',
    token: async (role) => `${role}-token`,
    target: (name) => {
      const found = targets.find((t) => t.name === name);
      return found ? { id: found.id } : { why: `'${name}' is unknown` };
    },
    targets,
    cadre: (name) => known.cadres?.[name] ?? { why: `'${name}' is unknown` },
    refuse: (kind, line, reason, extra) =>
      refused.push({ kind, line, reason, ...(extra && { extra }) }),
    done: (kind, replayed) => done.push({ kind, replayed }),
    log: () => undefined,
  };
  const run = new CycleRun(ctx, { ...NO_ROWS, ...rows }, 'office-token');
  return { run, api, refused, done };
}

/** A pending row at `line`, keyed by its sheet and line. */
export function pending<T>(line: number, row: T, cells: Record<string, string> = {}): Pending<T> {
  return { line, key: `row-${line}`, cells, row };
}
