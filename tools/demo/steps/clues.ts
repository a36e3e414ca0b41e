/**
 * Step 4, after the feedback: each clue of an inspection reviewed jointly and
 * transferred by the office, then signed for, disposed of and concluded by
 * the commission or the organization department, as far as its fate goes.
 */
import type { Json } from '../../http/client';
import { rngFor } from '../support';
import { get, post, type DemoRun, type Inspected } from './context';

export async function handleClues(run: DemoRun, inspection: Inspected): Promise<void> {
  const { api, seed, counts, office, analyst, token } = run;
  if (inspection.clues.length === 0) return;
  const discipline = await token('discipline');
  const organization = await token('organization');
  await api.eventually(`the clues of the inspection of ${inspection.target.name}`, async () => {
    const { items } = await get(
      run,
      'clue',
      `/clues?inspectionId=${inspection.inspectionId}`,
      office,
    );
    return (items as Json[]).length >= inspection.clues.length;
  });
  for (const [j, clue] of inspection.clues.entries()) {
    const name = `clue:${inspection.round.ordinal}:${inspection.target.key}:${j}`;
    const rng = rngFor(seed, name);
    const path = (p: string) => `/clues/${clue.clueId}${p}`;
    const toOrganization = clue.discipline === 'organizational' && rng.chance(0.5);
    const recipient = toOrganization ? organization : discipline;
    await post(
      run,
      'clue',
      path('/assessment'),
      office,
      {
        recipient: toOrganization ? 'organization-department' : 'discipline-commission',
        note: toOrganization
          ? '经组办会商，涉及选人用人问题，移交市委组织部。'
          : '经与市纪委监委集体会商，建议移交处置。',
      },
      `${name}:assessment`,
    );
    await post(run, 'clue', path('/transfer'), office, {}, `${name}:transfer`);
    const fate = rng();
    if (fate < 0.1) continue; // transferred, not signed for yet
    // Signed for as it was transferred: the same body when the demo runs again. The analyst's
    // view is redacted, so this read leaves no audit record (a full read would).
    const view = await get(run, 'clue', path(''), analyst);
    const transferred = (view.steps as Array<{ step: string; at: string }>).find(
      (s) => s.step === 'ClueTransferred',
    );
    await post(
      run,
      'clue',
      path('/receipt'),
      recipient,
      { receivedAt: transferred!.at },
      `${name}:receipt`,
    );
    if (fate < 0.18) continue; // received, disposition pending
    const roll = rng();
    const method =
      roll < 0.4
        ? 'talk-inquiry'
        : roll < 0.8
          ? 'preliminary-verification'
          : roll < 0.9
            ? 'shelved'
            : 'closed';
    await post(run, 'clue', path('/disposition'), recipient, { method }, `${name}:disposition`);
    if (fate < 0.28) continue; // being handled
    const verified = method === 'talk-inquiry' || method === 'preliminary-verification';
    const caseFiled = verified && method === 'preliminary-verification' && rng.chance(0.55);
    await post(
      run,
      'clue',
      path('/outcome'),
      recipient,
      {
        caseFiled,
        sanctionedPersons: caseFiled ? rng.int(1, 2) : verified && rng.chance(0.3) ? 1 : 0,
        judicialTransfers: caseFiled && rng.chance(0.15) ? 1 : 0,
        organizationalHandling: verified && rng.chance(0.3) ? 1 : 0,
        fundsRecovered:
          caseFiled && clue.finding.amount ? Math.round(clue.finding.amount * 0.8) : 0,
        final: true,
      },
      `${name}:outcome`,
    );
    counts.cluesConcluded++;
  }
}
