/** Step 1: the targets (巡察对象), parents first, and the cadres (干部库) of the city. */
import { pool } from '../../http/client';
import { CITY, LEADERS, TALENTS, TARGETS, type TargetSpec } from '../data';
import { partyMembersOf, post, type DemoRun } from './context';

export async function registerTargetsAndCadres(run: DemoRun): Promise<void> {
  const { ids, counts, office, stage } = run;
  const targetBody = (t: TargetSpec) => ({
    name: t.name,
    category: t.category,
    tier: t.tier,
    jurisdiction: t.jurisdiction,
    headcount: t.headcount,
    partyMemberCount: partyMembersOf(t),
    leader: t.leader,
    ...(t.parent && { parentId: ids.get(t.parent) }),
  });
  for (const group of [TARGETS.filter((t) => !t.parent), TARGETS.filter((t) => t.parent)]) {
    await pool(group, 6, async (t) => {
      const { id } = await post(
        run,
        'planning',
        '/targets',
        office,
        targetBody(t),
        `target:${t.key}`,
        ['target-unknown'],
      );
      ids.set(t.key, id as string);
    });
  }
  counts.targets = TARGETS.length;
  const byTier = (tier: string) => TARGETS.filter((t) => t.tier === tier).length;
  stage(
    `registered ${TARGETS.length} targets: ${byTier('city')} city units, ` +
      `${byTier('county')} county units and townships, ${byTier('village')} villages`,
  );

  const cadres = [...LEADERS, ...TALENTS];
  await pool(cadres, 6, async (c) => {
    const { id } = await post(
      run,
      'planning',
      '/cadres',
      office,
      { name: c.name, jurisdiction: CITY.code, pools: c.pools, expertise: c.expertise },
      `cadre:${c.key}`,
    );
    ids.set(c.key, id as string);
  });
  counts.cadres = cadres.length;
  stage(`registered ${cadres.length} cadres (${LEADERS.length} in the leader pool 组长库)`);
}
