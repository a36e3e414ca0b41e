import { ok } from '../../http/fake-client';
import { COVERED_TARGET_KEYS } from '../data';
import { settledStats, summary } from './figures';
import { testRun } from './testing';

const stats = {
  targets: {
    inspected: COVERED_TARGET_KEYS.size,
    inScope: 90,
    coverageRate: 0.5,
  },
  problems: { found: 7, rectified: 3, rectificationRate: 0.4286 },
  clues: {
    concluded: 1,
    transferred: 2,
    conclusionRate: 0.5,
    casesFiled: 1,
    sanctionedPersons: 1,
    judicialTransfers: 0,
    fundsRecovered: 100,
  },
  rulesEstablished: 4,
  immediateItems: 2,
};

describe('demo step 5: the figures', () => {
  it('waits until the query service counts every inspected target and finding', async () => {
    const t = testRun();
    t.run.counts.findings = 7;
    t.api.on('GET', 'query', '/stats?jurisdiction=611000', ok(stats));
    // A first answer is never taken as settled: the same figures twice are.
    expect(await settledStats(t.run)).toEqual(stats);
    expect(t.api.calls).toHaveLength(2);
    expect(t.api.calls[0].token).toBe('analyst');
    t.run.counts.findings = 8;
    await expect(settledStats(t.run)).rejects.toThrow(/the query service to count everything/);
  });

  it('sums up what was loaded and where to look', () => {
    const lines = summary(
      { targets: 90, cadres: 40, rounds: 7, findings: 7 } as Record<string, number>,
      stats,
      3105,
      12_300,
      999,
    );
    expect(lines).toContain('  problems  3/7 rectified, rate 42.9%');
    expect(lines.join('\n')).toMatch(/http:\/\/localhost:3105\/dashboard/);
    expect(lines.at(-1)).toBe(
      'Finished in 12.3 s with 999 HTTP calls; a second run with the same seed adds nothing.',
    );
  });
});
