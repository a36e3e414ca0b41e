import { FakeApi, ok, rule } from '../../http/fake-client';
import type { CadreRow, TargetRow } from '../rows';
import { Cadres } from './cadres';
import type { RegistryRun } from './registry';
import { Targets } from './targets';
import { pending } from './testing';

function registry(known: string[] = []) {
  const api = new FakeApi();
  const refused: Array<[string, number, string]> = [];
  const counted: Array<[string, boolean]> = [];
  const run: RegistryRun = {
    api,
    token: 'office-token',
    jurisdiction: '611021',
    known: new Set(known),
    refuse: (kind, line, reason) => refused.push([kind, line, reason]),
    counted: (kind, replayed) => counted.push([kind, replayed]),
    log: () => undefined,
  };
  return { run, api, refused, counted };
}
const target = (line: number, name: string, parent?: string) =>
  pending<TargetRow>(line, {
    name,
    category: 'party-government',
    tier: 'county',
    jurisdiction: '611021',
    headcount: 10,
    ...(parent && { parent }),
  });

describe('巡察对象 (Targets)', () => {
  it('registers parents first, naming them by the id they got, and counts a known id as there', async () => {
    const t = registry(['id-县委']);
    t.api.on('POST', 'planning', '/targets', (call) =>
      ok({ id: `id-${(call.body as { name: string }).name}` }),
    );
    const rows = [target(2, '某镇', '县委'), target(3, '县委')];
    const sheet = new Targets(
      t.run,
      rows,
      [],
      new Map([
        ['某镇', 2],
        ['县委', 3],
      ]),
    );
    await sheet.import();
    expect(t.api.calls.map((c) => [c.step, c.body])).toEqual([
      ['row-3', expect.not.objectContaining({ parent: expect.anything() })],
      ['row-2', expect.objectContaining({ parentId: 'id-县委' })],
    ]);
    expect(t.counted).toEqual([
      ['targets', true],
      ['targets', false],
    ]);
    expect(sheet.resolve('某镇', '611021')).toEqual({ id: 'id-某镇' });
    expect(sheet.known().map((k) => k.name)).toEqual(['某镇', '县委']);
  });

  it('refuses a row whose parent was refused, or that names itself back', async () => {
    const t = registry();
    t.api.on('POST', 'planning', '/targets', rule('target-name-taken', 'taken'));
    const rows = [
      target(2, '县委'),
      target(3, '某镇', '县委'),
      target(4, '甲', '乙'),
      target(5, '乙', '甲'),
    ];
    const lines = new Map([
      ['县委', 2],
      ['某镇', 3],
      ['甲', 4],
      ['乙', 5],
    ]);
    await new Targets(t.run, rows, [], lines).import();
    expect(t.refused).toEqual([
      ['targets', 2, 'target-name-taken: taken'],
      ['targets', 3, "上级单位 '县委' (巡察对象 line 2) was refused"],
      ['targets', 4, "上级单位 '乙' refers back to this row"],
      ['targets', 5, "上级单位 '甲' refers back to this row"],
    ]);
  });

  it('resolves a registered name nearest to the row, and says why it cannot', () => {
    const t = registry();
    const existing = [
      { id: 'a', name: '财政局', jurisdiction: '611021' },
      { id: 'b', name: '教育局', jurisdiction: '611021' },
      { id: 'c', name: '教育局', jurisdiction: '611000' },
    ];
    const sheet = new Targets(t.run, [], existing, new Map());
    expect(sheet.resolve('财政局', '611021')).toEqual({ id: 'a' });
    expect(sheet.resolve('教育局', '611021').why).toBe(
      "'教育局' names 2 registered targets above 611021",
    );
    expect(sheet.resolve('水利局', '611021').why).toMatch(
      /neither in this sheet nor registered under 611021/,
    );
  });
});

describe('干部 (Cadres)', () => {
  it('registers a cadre with its home unit resolved, and answers the names the teams use', async () => {
    const t = registry();
    t.api.on('POST', 'planning', '/cadres', ok({ id: 'c1' }));
    const targets = new Targets(
      t.run,
      [],
      [{ id: 'u1', name: '财政局', jurisdiction: '611021' }],
      new Map(),
    );
    const rows = [
      pending<CadreRow>(2, {
        name: '李华',
        jurisdiction: '611021',
        pools: ['leader'],
        expertise: [],
        homeUnit: '财政局',
      }),
      pending<CadreRow>(3, {
        name: '赵敏',
        jurisdiction: '611021',
        pools: [],
        expertise: [],
        homeUnit: '水利局',
      }),
    ];
    const existing = [{ id: 'c9', name: '王五', pools: ['talent'] }];
    const sheet = new Cadres(
      t.run,
      rows,
      existing,
      new Map([
        ['李华', 2],
        ['赵敏', 3],
      ]),
    );
    await sheet.import(targets);
    expect(t.api.calls[0].body).toMatchObject({ name: '李华', homeUnitId: 'u1' });
    expect(t.refused).toEqual([
      ['cadres', 3, expect.stringMatching(/^所在单位 '水利局' is neither/)],
    ]);
    expect(sheet.resolve('李华')).toEqual({ id: 'c1', pools: ['leader'] });
    expect(sheet.resolve('赵敏')).toEqual({ why: "'赵敏' (干部 line 3) was refused" });
    expect(sheet.resolve('王五')).toEqual({ id: 'c9', pools: ['talent'] });
  });
});
