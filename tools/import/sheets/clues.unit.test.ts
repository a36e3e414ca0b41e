import { ok, rule } from '../../http/fake-client';
import type { ClueRow } from '../cycle-rows';
import { handleClue } from './clues';
import { pending, testRun } from './testing';

const row = (extra: Partial<ClueRow>) =>
  pending<ClueRow>(4, {
    ordinal: 1,
    target: '甲局',
    findingRef: '',
    person: { name: '某某', position: '科长', rank: 'section' },
    allegation: '违规',
    discipline: 'integrity',
    urgent: true,
    note: '会商',
    ...extra,
  } as ClueRow);

function atClueService() {
  const t = testRun();
  t.api.on('GET', 'clue', '/clues?inspectionId=i1', ok({ items: [{ id: 'cl1' }] }));
  for (const step of ['assessment', 'transfer', 'receipt', 'disposition']) {
    t.api.on('POST', 'clue', `/clues/cl1/${step}`, ok());
  }
  return t;
}

describe('线索 at the clue service (handleClue)', () => {
  it('a clue without a recipient stays at the inspection and counts as in', async () => {
    const t = atClueService();
    await handleClue(t.run, 'i1', { pending: row({}), clueId: 'cl1', replayed: true });
    expect(t.api.calls).toEqual([]);
    expect(t.done).toEqual([{ kind: 'clues', replayed: true }]);
  });

  it('reviews and transfers as the office, signs for and disposes as the recipient', async () => {
    const t = atClueService();
    const c = row({
      recipient: 'discipline-commission',
      receivedOn: '2022-04-02',
      method: 'preliminary-verification',
    } as Partial<ClueRow>);
    await handleClue(t.run, 'i1', { pending: c, clueId: 'cl1', replayed: false });
    expect(
      t.api.calls.filter((x) => x.method === 'POST').map((x) => [x.path, x.token, x.step]),
    ).toEqual([
      ['/clues/cl1/assessment', 'office-token', 'row-4:assessment'],
      // The day it was signed for bounds the transfer's.
      ['/clues/cl1/transfer', 'office-token', 'row-4:transfer'],
      ['/clues/cl1/receipt', 'discipline-token', 'row-4:receipt'],
      ['/clues/cl1/disposition', 'discipline-token', 'row-4:disposition'],
    ]);
    expect(t.api.calls.find((x) => x.path.endsWith('/transfer'))!.body).toEqual({
      transferredAt: '2022-04-02T10:00:00+08:00',
    });
    expect(t.done).toEqual([{ kind: 'clues', replayed: false }]);
  });

  it('refuses the row naming the step the service refused, and sends no later one', async () => {
    const t = atClueService();
    t.api.on('POST', 'clue', '/clues/cl1/transfer', rule('clue-not-assessed', 'not yet'));
    const c = row({
      recipient: 'discipline-commission',
      receivedOn: '2022-04-02',
    } as Partial<ClueRow>);
    await handleClue(t.run, 'i1', { pending: c, clueId: 'cl1', replayed: false });
    expect(t.refused.map((r) => r.reason)).toEqual(['transfer: clue-not-assessed: not yet']);
    expect(t.api.sent()).toEqual(['clue /clues/cl1/assessment', 'clue /clues/cl1/transfer']);
    expect(t.done).toEqual([]);
  });
});
