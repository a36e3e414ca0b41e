/**
 * Step 4, after the feedback: each rectification case of an inspection
 * planned by the rectifying organization (one plan returned once), approved,
 * its items progressed and signed off, reported and assessed (one poorly,
 * with an admonishment).
 */
import type { Json } from '../../http/client';
import { CLUE_NAMES, MEASURES } from '../data';
import { addDays, at, rngFor } from '../support';
import { get, keyOfId, post, target, type DemoRun, type Inspected } from './context';

/** The case whose plan the office returns once (过筛子), and the one assessed poor (较差). */
const RETURNED_PLAN = { ordinal: 1, target: 'jyj' };
const POOR_CASE = { ordinal: 2, target: 'ln-nyj' };

export async function rectify(run: DemoRun, inspection: Inspected): Promise<void> {
  const { api, seed, counts, office, ids, token } = run;
  const { round, target: t } = inspection;
  const o = round.ordinal;
  const lists = new Set<string | undefined>([
    ...inspection.findings.map((f) => f.villageId),
    ...inspection.immediateVillages,
  ]);
  const cases = await api.eventually(`the rectification cases of ${t.name}`, async () => {
    const { items } = await get(
      run,
      'rectification',
      `/rectification-cases?inspectionId=${inspection.inspectionId}`,
      office,
    );
    return (items as Json[]).length >= lists.size && (items as Json[]);
  });
  for (const summary of cases) {
    const view = await get(run, 'rectification', `/rectification-cases/${summary.id}`, office);
    const village = view.village as { villageId: string; jurisdiction?: string } | undefined;
    const org = village ? target(keyOfId(run, village.villageId)!) : t;
    const name = `case:${o}:${t.key}:${org.key}`;
    const rng = rngFor(seed, name);
    const inspected = await token('inspected', ids.get(org.key)!, org.jurisdiction);
    const path = (p: string) => `/rectification-cases/${summary.id}${p}`;
    const items = view.items as Array<{ itemId: string; source: string; findingId?: string }>;
    // Server ids differ from one system to the next: name items by what the demo recorded.
    const stable = (item: { source: string; findingId?: string }) =>
      `${item.source}:${inspection.findings.findIndex((f) => f.findingId === item.findingId)}`;
    // Each step on its day after the feedback, entered now.
    const on = (days: number) => at(addDays(inspection.deliveredDay, days));
    const plan = (full: boolean, submittedAt: string) => ({
      submittedAt,
      principalLeader: {
        name: org.leader,
        position: org.tier === 'village' ? '村党支部书记' : '党组（党委）书记',
      },
      items: items.map((item) => {
        const r = rngFor(seed, `${name}:${stable(item)}`);
        return {
          itemId: item.itemId,
          measures: full ? [r.pick(MEASURES.slice(0, 3)), r.pick(MEASURES.slice(3))] : ['立即整改'],
          responsible: full
            ? `${r.pick(CLUE_NAMES)}（${r.pick(['分管副职', '财务科科长', '办公室主任'])}）`
            : '相关负责人',
          deadline: addDays(inspection.deliveredDay, r.int(30, 120)),
        };
      }),
    });
    if (o === RETURNED_PLAN.ordinal && t.key === RETURNED_PLAN.target && !village) {
      await post(
        run,
        'rectification',
        path('/plan'),
        inspected,
        plan(false, on(10)),
        `${name}:plan:1`,
      );
      await post(
        run,
        'rectification',
        path('/plan/review'),
        office,
        {
          decision: 'return',
          reasons: ['整改措施不具体', '责任未落实到具体岗位和个人'],
          reviewedAt: on(12),
        },
        `${name}:review:1`,
      );
      await post(
        run,
        'rectification',
        path('/plan'),
        inspected,
        plan(true, on(16)),
        `${name}:plan:2`,
      );
    } else {
      await post(
        run,
        'rectification',
        path('/plan'),
        inspected,
        plan(true, on(14)),
        `${name}:plan:1`,
      );
    }
    await post(
      run,
      'rectification',
      path('/plan/review'),
      office,
      { decision: 'approve', reasons: [], reviewedAt: on(18) },
      `${name}:review:2`,
    );
    const rate = o <= 4 ? 0.93 : o === 5 ? 0.85 : 0.55;
    let signed = 0;
    for (const item of items) {
      const r = rngFor(seed, `${name}:item:${stable(item)}`);
      if (r.chance(0.5)) {
        await post(
          run,
          'rectification',
          path(`/items/${item.itemId}/progress`),
          inspected,
          {
            note: '已制定整改措施并按计划推进',
            reportedAt: on(40),
          },
          `${name}:progress:${item.itemId}`,
        );
      }
      if (r.chance(rate)) {
        await post(
          run,
          'rectification',
          path(`/items/${item.itemId}/sign-off`),
          office,
          {
            evidence: r.pick([
              '财务凭证及银行回单',
              '制度文件及会议记录',
              '整改佐证材料及现场核查记录',
            ]),
            signedOffAt: on(60),
          },
          `${name}:sign-off:${item.itemId}`,
        );
        signed++;
      }
    }
    counts.cases++;
    counts.itemsSignedOff += signed;
    if (o > 5 || !rng.chance(0.9)) continue; // recent rounds: still rectifying
    const funds = inspection.findings
      .filter((f) => f.villageId === village?.villageId && f.amount)
      .reduce((sum, f) => sum + Math.round(f.amount! * (0.5 + rng() * 0.4)), 0);
    await post(
      run,
      'rectification',
      path('/report'),
      inspected,
      {
        summary: `${org.name}关于巡察反馈问题整改情况的报告`,
        rulesEstablished: rng.int(1, 5),
        fundsRecovered: funds,
        submittedAt: on(95),
      },
      `${name}:report`,
    );
    counts.reports++;
    const poor = o === POOR_CASE.ordinal && t.key === POOR_CASE.target && !village;
    const grade = poor ? 'poor' : rng.chance(0.78) ? 'good' : 'fair';
    await post(
      run,
      'rectification',
      path('/assessment'),
      office,
      {
        grade,
        ...(poor && { note: '整改不到位，部分问题反弹回潮' }),
        assessedAt: on(100),
      },
      `${name}:assessment`,
    );
    counts.assessments++;
    if (poor) {
      await post(
        run,
        'rectification',
        path('/admonishments'),
        office,
        {
          heldOn: addDays(inspection.deliveredDay, 150),
          leaders: [{ name: org.leader, position: '党组书记、局长' }],
          note: '巡察工作领导小组约谈主要负责人',
        },
        `${name}:admonishment`,
      );
    }
  }
}
