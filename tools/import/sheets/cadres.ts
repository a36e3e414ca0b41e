/** 干部: the cadres (所在单位 resolved like 上级单位), and the names the teams' rows use. */
import { pool, type Json } from '../../http/client';
import type { CadreRow } from '../rows';
import { register, type RegistryRun } from './registry';
import type { Pending } from './run-context';
import type { Targets } from './targets';

export class Cadres {
  /** Cadre name → id and pools, from this file. */
  private readonly own = new Map<string, { id: string; pools: string[] }>();

  constructor(
    private readonly run: RegistryRun,
    private readonly rows: Array<Pending<CadreRow>>,
    /** The cadres registered under the jurisdiction before this run. */
    private readonly existing: Json[],
    /** Line of every named row of the sheet, refused or not (first wins). */
    private readonly lines: Map<string, number>,
  ) {}

  async import(targets: Targets): Promise<void> {
    const { run } = this;
    await pool(this.rows, 6, async (pending) => {
      const { homeUnit, ...row } = pending.row;
      let homeUnitId: string | undefined;
      if (homeUnit) {
        const found = targets.resolve(homeUnit, row.jurisdiction);
        if (!found.id) {
          run.refuse(
            'cadres',
            pending.line,
            `所在单位 ${found.why ?? `'${homeUnit}' was not registered`}`,
          );
          return;
        }
        homeUnitId = found.id;
      }
      const id = await register(
        run,
        'cadres',
        pending,
        { ...row, ...(homeUnitId && { homeUnitId }) },
        homeUnitId && 'target-unknown',
      );
      if (id && !this.own.has(row.name)) this.own.set(row.name, { id, pools: row.pools });
    });
  }

  /** A cadre named in a team: its id and pools, or why not. */
  resolve(name: string): { id?: string; pools?: string[]; why?: string } {
    const own = this.own.get(name);
    if (own) return own;
    if (this.lines.has(name)) {
      return { why: `'${name}' (干部 line ${this.lines.get(name)}) was refused` };
    }
    const matches = this.existing.filter((doc) => doc.name === name);
    if (matches.length === 1) {
      return { id: String(matches[0].id), pools: (matches[0].pools as string[]) ?? [] };
    }
    return {
      why: matches.length
        ? `'${name}' names ${matches.length} registered cadres`
        : `'${name}' is neither in the 干部 sheet nor registered under ${this.run.jurisdiction}`,
    };
  }
}
