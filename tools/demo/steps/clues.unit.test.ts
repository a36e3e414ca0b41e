import { ok } from '../../http/fake-client';
import { ROUNDS } from '../data';
import { handleClues } from './clues';
import { target, type Inspected } from './context';
import { registered } from './testing';

const finding = {
  findingId: 'f1',
  title: '问题',
  focusItem: 'SGJJ-2-1',
  rank: 'section' as const,
  amount: 10_000,
  foundOn: '2022-03-10',
};
const inspection = (clues: number): Inspected => ({
  round: ROUNDS[0],
  target: target(ROUNDS[0].teams[0][0]),
  inspectionId: 'i1',
  findings: [finding],
  immediateVillages: [],
  clues: Array.from({ length: clues }, (_, j) => ({
    clueId: `c${j}`,
    discipline: 'integrity',
    finding,
  })),
  villageIds: [],
  deliveredDay: '2022-06-20',
});

function atClueService(clues: number) {
  const t = registered();
  t.api.on(
    'GET',
    'clue',
    '/clues?inspectionId=i1',
    ok({ items: Array.from({ length: clues }, (_, j) => ({ id: `c${j}` })) }),
  );
  for (let j = 0; j < clues; j++) {
    t.api.on(
      'GET',
      'clue',
      `/clues/c${j}`,
      ok({ steps: [{ step: 'ClueTransferred', at: '2022-06-21T10:00:00+08:00' }] }),
    );
    for (const step of ['assessment', 'transfer', 'receipt', 'disposition', 'outcome']) {
      t.api.on('POST', 'clue', `/clues/c${j}/${step}`, ok());
    }
  }
  return t;
}

describe('demo step 4: the clues after the feedback', () => {
  it('does nothing for an inspection without clues', async () => {
    const t = atClueService(0);
    await handleClues(t.run, inspection(0));
    expect(t.api.calls).toEqual([]);
  });

  it('reviews and transfers each clue as the office; the recipient signs for it as it was transferred', async () => {
    const t = atClueService(6);
    await handleClues(t.run, inspection(6));
    for (let j = 0; j < 6; j++) {
      const steps = t.api.calls.filter(
        (c) => c.method === 'POST' && c.path.startsWith(`/clues/c${j}/`),
      );
      expect(steps.slice(0, 2).map((c) => [c.path, c.token])).toEqual([
        [`/clues/c${j}/assessment`, 'office'],
        [`/clues/c${j}/transfer`, 'office'],
      ]);
      const receipt = steps.find((c) => c.path.endsWith('/receipt'));
      if (receipt) {
        expect(receipt.body).toEqual({ receivedAt: '2022-06-21T10:00:00+08:00' });
        expect(receipt.token).toMatch(/^(discipline|organization)$/);
      }
    }
    const outcomes = t.api.calls.filter((c) => c.path.endsWith('/outcome')).length;
    expect(t.run.counts.cluesConcluded).toBe(outcomes);
  });
});
