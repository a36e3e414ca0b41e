/** Step 2: the term plan (届内巡察规划) with every target in scope, adopted. */
import { CITY, TARGETS, TERM_PLAN } from '../data';
import { post, type DemoRun } from './context';

/** Answers the term plan's id. */
export async function adoptTermPlan(run: DemoRun): Promise<string> {
  const { ids, office, stage } = run;
  const { id: termPlanId } = await post(
    run,
    'planning',
    '/term-plans',
    office,
    { ...TERM_PLAN, jurisdiction: CITY.code, targetIds: TARGETS.map((t) => ids.get(t.key)) },
    'term-plan',
    ['target-unknown', 'target-outside-jurisdiction'],
  );
  await post(run, 'planning', `/term-plans/${termPlanId}/adopt`, office, {}, 'term-plan:adopt');
  stage(`term plan ${TERM_PLAN.name} adopted with all ${TARGETS.length} targets in scope`);

  return termPlanId as string;
}
