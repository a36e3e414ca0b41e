/**
 * 巡察对象: the targets, parents first (a wave per level of 上级单位), and the
 * names they answer to for the later sheets: from this file, else registered.
 */
import { isWithinJurisdiction } from '@xuncha/platform-kernel';
import { pool, type Json } from '../../http/client';
import type { TargetRow } from '../rows';
import { register, type RegistryRun } from './registry';
import type { KnownTarget, Pending } from './run-context';

export type Resolved = { id?: string; wait?: boolean; why?: string };

export class Targets {
  /** Target name → id, from this file. */
  readonly ids = new Map<string, string>();
  private readonly refusedNames = new Set<string>();
  private readonly existingByName = new Map<string, Json[]>();

  constructor(
    private readonly run: RegistryRun,
    private readonly rows: Array<Pending<TargetRow>>,
    /** The targets registered under the jurisdiction before this run. */
    readonly existing: Json[],
    /** Line of every named row of the sheet, refused or not (first wins). */
    private readonly lines: Map<string, number>,
  ) {
    for (const doc of existing) {
      const list = this.existingByName.get(String(doc.name)) ?? [];
      list.push(doc);
      this.existingByName.set(String(doc.name), list);
    }
  }

  /** A target named in a row: from this file, else already registered (nearest to `code`). */
  resolve(name: string, code: string): Resolved {
    if (this.ids.has(name)) return { id: this.ids.get(name) };
    const line = this.lines.get(name);
    if (line !== undefined) {
      if (this.refusedNames.has(name) || !this.rows.some((t) => t.row.name === name)) {
        return { why: `'${name}' (巡察对象 line ${line}) was refused` };
      }
      return { wait: true };
    }
    const matches = (this.existingByName.get(name) ?? []).filter(
      (doc) => doc.status !== 'retired' && isWithinJurisdiction(code, String(doc.jurisdiction)),
    );
    if (matches.length === 1) return { id: String(matches[0].id) };
    if (matches.length > 1) {
      return { why: `'${name}' names ${matches.length} registered targets above ${code}` };
    }
    return {
      why: `'${name}' is neither in this sheet nor registered under ${this.run.jurisdiction}`,
    };
  }

  /** Every active target the import knows: registered before or from this file. */
  known(): KnownTarget[] {
    const known = new Map<string, KnownTarget>();
    for (const doc of this.existing.filter((d) => d.status !== 'retired')) {
      known.set(String(doc.id), {
        id: String(doc.id),
        name: String(doc.name),
        jurisdiction: String(doc.jurisdiction),
      });
    }
    for (const { row } of this.rows) {
      const id = this.ids.get(row.name);
      if (id) known.set(id, { id, name: row.name, jurisdiction: row.jurisdiction });
    }
    return [...known.values()];
  }

  /** Registers the sheet's rows, a wave at a time: a row waits for the parent it names. */
  async import(): Promise<void> {
    const { run } = this;
    let waiting = this.rows;
    for (let wave = 1; waiting.length > 0; wave++) {
      const ready: Array<{ pending: Pending<TargetRow>; parentId?: string }> = [];
      const next: typeof waiting = [];
      for (const pending of waiting) {
        const { parent, jurisdiction: code } = pending.row;
        if (!parent) {
          ready.push({ pending });
          continue;
        }
        const found = this.resolve(parent, code);
        if (found.id) ready.push({ pending, parentId: found.id });
        else if (found.wait) next.push(pending);
        else {
          run.refuse('targets', pending.line, `上级单位 ${found.why}`);
          this.refusedNames.add(pending.row.name);
        }
      }
      if (ready.length === 0) {
        for (const pending of next) {
          run.refuse(
            'targets',
            pending.line,
            `上级单位 '${pending.row.parent}' refers back to this row`,
          );
        }
        break;
      }
      await pool(ready, 6, async ({ pending, parentId }) => {
        const body: Json = { ...pending.row, ...(parentId && { parentId }) };
        delete body.parent;
        const row = pending.row;
        const id = await register(run, 'targets', pending, body, parentId && 'target-unknown');
        if (id && !this.ids.has(row.name)) this.ids.set(row.name, id);
        if (!id) this.refusedNames.add(row.name);
      });
      run.log(`  targets, wave ${wave}: ${ready.length} rows sent`);
      waiting = next;
    }
  }
}
