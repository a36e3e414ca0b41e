/**
 * Crash (issue 11): kill -9 each service in turn in the middle of a running
 * cycle, restart it on the same port and data directory, finish the cycle.
 * The final statistics must equal those of an undisturbed run, and no event
 * may be lost or applied twice.
 *
 * The five services run as five child processes of the test (not through
 * tools/start.mjs, which stops all five when one dies). One round inspects
 * two targets, so there is work in flight at every kill:
 *
 *   1. inspection-service, right after the launch (it is opening the two
 *      inspections from RoundLaunched);
 *   2. planning-service, right after a burst of registrations (its publisher
 *      may be between publishing and checkpointing);
 *   3. query-service, right after the feedback of both targets (it is folding
 *      the findings, clues and feedback);
 *   4. clue-service, right after both transfers answered;
 *   5. rectification-service, right after both plans were approved.
 *
 * The steps and bodies are those of apps/system-tests/src/cycle.sys.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import { SystemClient, type Method } from '@xuncha/platform-nest/testing';
import { ServiceProcess, startService, type ServiceName } from './services';

const JURISDICTION = '611000';
const HEADCOUNT = 20; // under 30: every member of staff is talked to
const STEP_TIMEOUT = 60_000;
/** Extra registrations in the burst before planning is killed. */
const BURST = 6;

const PORTS: Record<ServiceName, number> = {
  'planning-service': 4841,
  'inspection-service': 4842,
  'clue-service': 4843,
  'rectification-service': 4844,
  'query-service': 4845,
};

/** ISO calendar day `offset` days from today (the services run on the real clock). */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A Beijing-time instant on that day. */
const at = (offset: number, time = '10:00:00') => `${day(offset)}T${time}+08:00`;

/** What one target goes through, id by id. */
interface Track {
  name: string;
  target: string;
  inspection: string;
  finding: string;
  immediateItem: string;
  clue: string;
  case: string;
  items: Array<{ itemId: string; source: string }>;
}

describe('kill -9 each service in turn during a running cycle (issue 11)', () => {
  const api = new SystemClient<ServiceName>((service) => PORTS[service]);
  const processes: ServiceProcess[] = [];
  const services = {} as Record<ServiceName, ServiceProcess>;
  let dir: string;
  let key: Uint8Array;
  const timings: Array<[string, number]> = [];
  let stepStarted = 0;

  const token = (role: Role, sub = `${role}-${JURISDICTION}`) =>
    signToken({ sub, roles: [role], jurisdiction: JURISDICTION }, key);
  const tokens = {} as Record<'office' | 'analyst' | 'discipline', string>;
  const team = {} as Record<'leader' | 'member', string>;

  const ids = {
    extraTargets: [] as string[],
    extraCadres: [] as string[],
  } as {
    leader: string;
    deputy: string;
    liaison: string;
    members: string[];
    termPlan: string;
    round: string;
    team: string;
    extraTargets: string[];
    extraCadres: string[];
  };
  const tracks: Track[] = [
    { name: '商洛市财政局' } as Track,
    { name: '商洛市住房和城乡建设局' } as Track,
  ];
  /** What the cycle did, counted as it goes: the statistics must say exactly this. */
  const done = {
    findings: 0,
    immediateItems: 0,
    signedOffFindings: 0,
    transferred: 0,
    concluded: 0,
    casesFiled: 0,
    sanctionedPersons: 0,
    judicialTransfers: 0,
    clueFunds: 0,
    rules: 0,
    caseFunds: 0,
    cases: 0,
  };

  const time = (step: string) => {
    const now = Date.now();
    timings.push([step, now - stepStarted]);
    stepStarted = now;
  };

  /** kill -9, then start again on the same port and data directory. */
  const crash = async (name: ServiceName) => {
    const started = Date.now();
    await services[name].kill9();
    const killed = Date.now();
    await services[name].start();
    timings.push([`kill -9 ${name}`, killed - started]);
    timings.push([`restart ${name}`, Date.now() - killed]);
    stepStarted = Date.now();
  };

  beforeAll(async () => {
    stepStarted = Date.now();
    dir = mkdtempSync(join(tmpdir(), 'xuncha-crash-'));
    const env: Record<string, string> = {
      XUNCHA_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
    };
    // Embedded adapters: none of the external stores, whatever the shell has.
    for (const variable of ['KURRENTDB_URL', 'KAFKA_BROKERS', 'MONGODB_URI', 'JWT_SECRET']) {
      delete process.env[variable];
    }
    await Promise.all(
      (Object.keys(PORTS) as ServiceName[]).map(async (name) => {
        services[name] = await startService(name, PORTS[name], env, processes, 90_000);
      }),
    );
    key = resolveSigningKey(dir);
    tokens.office = await token('office');
    tokens.analyst = await token('analyst');
    tokens.discipline = await token('discipline');
    time('start the five services');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(processes.map((service) => service.kill9()));
    if (dir) rmSync(dir, { recursive: true, force: true });
    const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
    process.stdout.write(
      `crash timings: ${timings.map(([step, ms]) => `${step} ${ms} ms`).join(', ')}; total ${total} ms\n`,
    );
  }, 30_000);

  /** On failure, what the services printed helps more than the assertion. */
  const withTails = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      const tails = processes
        .map((service) => {
          // Nest's route-converter warnings at every start are noise here.
          const lines = service
            .tail()
            .split('\n')
            .filter((line) => line.trim() && !line.includes('LegacyRouteConverter'));
          return lines.length === 0
            ? ''
            : `--- ${service.name} (pid ${service.pid})\n${lines.join('\n').slice(-3000)}`;
        })
        .filter(Boolean)
        .join('\n');
      if (tails) (error as Error).message += `\n${tails}`;
      throw error;
    }
  };

  const planning = (method: Method, path: string, body?: unknown, status = 200) =>
    api.expect(status, 'planning-service', method, path, tokens.office, body);
  const inspection = (method: Method, path: string, as: string, body?: unknown, status = 200) =>
    api.expect(status, 'inspection-service', method, `/inspections${path}`, as, body);
  const clues = (method: Method, path: string, as: string, body?: unknown) =>
    api.expect(200, 'clue-service', method, `/clues${path}`, as, body);
  const cases = (method: Method, path: string, as: string, body?: unknown) =>
    api.expect(200, 'rectification-service', method, `/rectification-cases${path}`, as, body);
  const cadre = async (name: string, pools: string[], expertise: string[]) =>
    (await planning('POST', '/cadres', { name, jurisdiction: JURISDICTION, pools, expertise }, 201))
      .id as string;
  const target = async (name: string) =>
    (
      await planning(
        'POST',
        '/targets',
        {
          name,
          category: 'government-department',
          tier: 'city',
          jurisdiction: JURISDICTION,
          headcount: HEADCOUNT,
          leader: '张某某',
        },
        201,
      )
    ).id as string;

  it(
    'plans two targets in one round and launches it; kill -9 inspection-service at once',
    () =>
      withTails(async () => {
        for (const track of tracks) track.target = await target(track.name);
        ids.leader = await cadre('组长甲', ['leader'], ['党建']);
        ids.deputy = await cadre('副组长乙', ['talent'], ['纪检']);
        ids.liaison = await cadre('联络员丙', ['talent'], ['组织']);
        ids.members = [
          await cadre('组员丁', ['talent'], ['财务']),
          await cadre('组员戊', ['talent'], ['审计']),
        ];
        const year = new Date().getUTCFullYear();
        ids.termPlan = (
          await planning(
            'POST',
            '/term-plans',
            {
              name: '市委巡察规划',
              jurisdiction: JURISDICTION,
              from: `${year - 1}-01-01`,
              to: `${year + 3}-12-31`,
              targetIds: tracks.map((track) => track.target),
            },
            201,
          )
        ).id as string;
        await planning('POST', `/term-plans/${ids.termPlan}/adopt`, {});
        ids.round = (
          await planning(
            'POST',
            '/rounds',
            {
              termPlanId: ids.termPlan,
              ordinal: 1,
              kind: 'regular',
              modes: [],
              window: { from: day(-60), to: day(30) },
            },
            201,
          )
        ).id as string;
        ids.team = (
          await planning('POST', `/rounds/${ids.round}/teams`, {
            leaderId: ids.leader,
            deputyIds: [ids.deputy],
            liaisonId: ids.liaison,
            memberIds: ids.members,
            targetIds: tracks.map((track) => track.target),
          })
        ).teamId as string;
        await planning('POST', `/rounds/${ids.round}/approve`, {});
        time('plan');

        await planning('POST', `/rounds/${ids.round}/launch`, {});
        // (1) Inspection is opening the two inspections from RoundLaunched.
        await crash('inspection-service');

        expect(await planning('GET', `/rounds/${ids.round}`)).toMatchObject({
          status: 'launched',
          teams: [{ teamId: ids.team }],
        });
        team.leader = await token('team', ids.leader);
        team.member = await token('team', ids.members[0]);

        const opened = await api.eventually(async () => {
          const { items } = await inspection('GET', `?roundId=${ids.round}`, tokens.office);
          return items && items.length >= 2 && items;
        }, 'the two inspections opened by the launch');
        // Let a doubled RoundLaunched show before counting.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const { items } = await inspection('GET', `?roundId=${ids.round}`, tokens.office);
        expect(items).toHaveLength(2);
        expect(opened).toHaveLength(2);
        for (const track of tracks) {
          const found = items!.filter((item) => item.targetId === track.target);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({
            teamId: ids.team,
            status: 'opened',
            headcount: HEADCOUNT,
          });
          track.inspection = found[0].id as string;
        }
        time('inspections opened after the crash');
      }),
    STEP_TIMEOUT,
  );

  it(
    'registers a burst of targets and cadres; kill -9 planning-service right after',
    () =>
      withTails(async () => {
        const registered = await Promise.all([
          ...Array.from({ length: BURST }, (_, n) => target(`商洛市直属单位${n + 1}`)),
          ...Array.from({ length: BURST }, (_, n) =>
            cadre(`人才库干部${n + 1}`, ['talent'], ['财务']),
          ),
        ]);
        ids.extraTargets = registered.slice(0, BURST);
        ids.extraCadres = registered.slice(BURST);
        // (2) Its publisher may be between publishing TargetRegistered and its checkpoint.
        await crash('planning-service');

        // No registration lost: every 201 is there after the restart.
        for (const id of ids.extraTargets) {
          expect(await planning('GET', `/targets/${id}`)).toMatchObject({ id });
        }
        for (const id of ids.extraCadres) {
          expect(await planning('GET', `/cadres/${id}`)).toMatchObject({ id });
        }
        const { items } = await planning('GET', `/cadres?jurisdiction=${JURISDICTION}&limit=1000`);
        expect(items).toHaveLength(5 + BURST);
        time('burst checked after the crash');
      }),
    STEP_TIMEOUT,
  );

  it(
    'inspects both targets to feedback; kill -9 query-service right after',
    () =>
      withTails(async () => {
        await Promise.all(
          tracks.map(async (track) => {
            const id = track.inspection;
            await inspection('POST', `/${id}/stationing`, team.leader, {
              announcedAt: at(-50, '09:00:00'),
              channels: ['phone', 'mailbox', 'online'],
            });
            for (const [group, count] of [
              ['leadership', 5],
              ['party-member', 8],
              ['middle-manager', 3],
              ['minority', 2],
              ['generational', 2],
            ] as const) {
              await inspection('POST', `/${id}/talks`, team.member, {
                group,
                count,
                date: day(-45),
              });
            }
            track.finding = (
              await inspection(
                'POST',
                `/${id}/findings`,
                team.leader,
                {
                  title: '超标准列支会议费',
                  description: '超标准列支会议费12.64万元',
                  focusItem: 'SGJJ-2-07',
                  involvedRank: 'leadership',
                  amount: 126400.5,
                },
                201,
              )
            ).findingId as string;
            done.findings += 1;
            track.immediateItem = (
              await inspection(
                'POST',
                `/${id}/immediate-items`,
                team.leader,
                { title: '清退超标准会议费', findingId: track.finding, dueBy: day(-20) },
                201,
              )
            ).itemId as string;
            done.immediateItems += 1;
            track.clue = (
              await inspection(
                'POST',
                `/${id}/clues`,
                team.leader,
                {
                  findingId: track.finding,
                  person: { name: '王某某', position: '办公室主任', rank: 'section' },
                  allegation: '虚列会议费套取资金',
                  discipline: 'integrity',
                  urgent: false,
                },
                201,
              )
            ).clueId as string;
            await inspection('POST', `/${id}/report`, team.member, {
              summary: '巡察报告初稿',
              draftedAt: at(-20),
            });
            await inspection('POST', `/${id}/report/approve`, team.leader, { approvedAt: at(-15) });
            await inspection('POST', `/${id}/report/hearing`, tokens.office, {
              heardAt: at(-10, '15:00:00'),
              directives: [
                { pointsAt: 'matter', subject: '会议费问题举一反三，专项清理', owner: '市财政局' },
              ],
            });
            await inspection('POST', `/${id}/feedback`, team.leader, {
              deliveredAt: at(-1),
              copiedTo: ['分管副市长'],
            });
          }),
        );
        // (3) Query is folding the findings, clues and both feedbacks.
        await crash('query-service');

        for (const track of tracks) {
          const shown = await inspection('GET', `/${track.inspection}`, tokens.office);
          expect(shown).toMatchObject({ report: { stage: 'heard' } });
          expect(shown.findings).toEqual([expect.objectContaining({ findingId: track.finding })]);
        }
        time('inspected to feedback, query crashed');
      }),
    STEP_TIMEOUT,
  );

  it(
    'assesses and transfers both clues; kill -9 clue-service right after; receipt, disposition, outcome',
    () =>
      withTails(async () => {
        for (const track of tracks) {
          const registered = await api.eventually(async () => {
            const { items } = await clues(
              'GET',
              `?inspectionId=${track.inspection}`,
              tokens.office,
            );
            return items?.[0];
          }, 'the clue registered from the inspection');
          expect(registered).toMatchObject({ id: track.clue, status: 'registered' });
        }
        await Promise.all(
          tracks.map(async (track) => {
            await clues('POST', `/${track.clue}/assessment`, tokens.office, {
              recipient: 'discipline-commission',
              note: '经集体会商，建议初步核实。',
            });
            await clues('POST', `/${track.clue}/transfer`, tokens.office, {});
            done.transferred += 1;
          }),
        );
        // (4) Clue is publishing both transfers.
        await crash('clue-service');

        await Promise.all(
          tracks.map(async (track, n) => {
            await clues('POST', `/${track.clue}/receipt`, tokens.discipline, {
              receivedAt: new Date().toISOString(),
            });
            await clues('POST', `/${track.clue}/disposition`, tokens.discipline, {
              method: 'preliminary-verification',
            });
            // The two outcomes differ, so a doubled or lost one shows in the sums.
            const outcome = {
              caseFiled: n === 0,
              sanctionedPersons: n + 1,
              judicialTransfers: n,
              fundsRecovered: 38000 + n * 1000,
              final: true,
            };
            await clues('POST', `/${track.clue}/outcome`, tokens.discipline, outcome);
            done.concluded += 1;
            done.casesFiled += outcome.caseFiled ? 1 : 0;
            done.sanctionedPersons += outcome.sanctionedPersons;
            done.judicialTransfers += outcome.judicialTransfers;
            done.clueFunds += outcome.fundsRecovered;
          }),
        );
        for (const track of tracks) {
          expect(await clues('GET', `/${track.clue}`, tokens.discipline)).toMatchObject({
            status: 'concluded',
            method: 'preliminary-verification',
          });
        }
        time('clues handled around the crash');
      }),
    STEP_TIMEOUT,
  );

  it(
    'plans and approves both rectifications; kill -9 rectification-service right after; sign-offs, report, assessment',
    () =>
      withTails(async () => {
        const inspected = new Map<Track, string>();
        for (const track of tracks) {
          inspected.set(track, await token('inspected', track.target));
          const opened = await api.eventually(async () => {
            const { items } = await cases(
              'GET',
              `?inspectionId=${track.inspection}`,
              tokens.office,
            );
            return items?.[0];
          }, 'the rectification case opened by the feedback');
          track.case = opened.id as string;
          const view = await cases('GET', `/${track.case}`, inspected.get(track)!);
          track.items = view.items as Track['items'];
          // One item per finding fed back and per immediate item.
          expect(track.items.map((item) => item.source).sort()).toEqual(['finding', 'immediate']);
        }
        await Promise.all(
          tracks.map(async (track) => {
            await cases('POST', `/${track.case}/plan`, inspected.get(track)!, {
              principalLeader: { name: '张某某', position: '党组书记、局长' },
              items: track.items.map(({ itemId }) => ({
                itemId,
                measures: ['清退超标准会议费', '修订会议费管理办法'],
                responsible: '李某某',
                deadline: day(60),
              })),
            });
            await cases('POST', `/${track.case}/plan/review`, tokens.office, {
              decision: 'approve',
              reasons: [],
            });
          }),
        );
        // (5) Rectification is publishing the approvals.
        await crash('rectification-service');

        await Promise.all(
          tracks.map(async (track, n) => {
            for (const { itemId, source } of track.items) {
              await cases('POST', `/${track.case}/items/${itemId}/sign-off`, tokens.office, {
                evidence: '财务凭证、制度文件',
              });
              if (source === 'finding') done.signedOffFindings += 1;
            }
            const report = {
              summary: '整改情况报告',
              rulesEstablished: 2 + n,
              fundsRecovered: 10000,
            };
            await cases('POST', `/${track.case}/report`, inspected.get(track)!, report);
            done.rules += report.rulesEstablished;
            done.caseFunds += report.fundsRecovered;
            await cases('POST', `/${track.case}/assessment`, tokens.office, { grade: 'good' });
            done.cases += 1;
          }),
        );
        time('rectified around the crash');
      }),
    STEP_TIMEOUT,
  );

  it(
    'counts exactly what the cycle did: no event lost, none applied twice',
    () =>
      withTails(async () => {
        const expected = {
          targets: { inScope: tracks.length, inspected: tracks.length, coverageRate: 1 },
          problems: {
            found: done.findings,
            rectified: done.signedOffFindings,
            rectificationRate: done.signedOffFindings / done.findings,
            fedBack: done.findings,
          },
          clues: {
            transferred: done.transferred,
            concluded: done.concluded,
            conclusionRate: done.concluded / done.transferred,
            casesFiled: done.casesFiled,
            sanctionedPersons: done.sanctionedPersons,
            judicialTransfers: done.judicialTransfers,
            fundsRecovered: done.clueFunds,
          },
          rulesEstablished: done.rules,
          immediateItems: done.immediateItems,
          rectification: { cases: done.cases, fundsRecovered: done.caseFunds },
        };
        const stats = (query: string) =>
          api.expect(200, 'query-service', 'GET', `/stats?${query}`, tokens.analyst);
        const figures = await api.eventually(async () => {
          const body = await stats(`jurisdiction=${JURISDICTION}&termPlanId=${ids.termPlan}`);
          expect(body).toMatchObject(expected);
          return body;
        }, 'the statistics of the cycle');
        expect(figures).toMatchObject(expected);
        // Every target registered (the burst too) reached the query service, once.
        const all = await api.eventually(async () => {
          const body = await stats(`jurisdiction=${JURISDICTION}`);
          expect(body.targets).toMatchObject({ inScope: tracks.length + BURST });
          return body;
        }, 'every registered target in the query service');
        expect(all.targets).toMatchObject({ inScope: tracks.length + BURST });

        // Planning: each target counted inspected once.
        const coverage = await api.eventually(async () => {
          const body = await planning('GET', `/term-plans/${ids.termPlan}/coverage`);
          return body.inspected === tracks.length && body;
        }, 'both targets counted inspected in planning');
        expect(coverage).toEqual({
          inScope: tracks.length,
          inspected: tracks.length,
          rate: 1,
          missing: [],
          covered: expect.arrayContaining(
            tracks.map((track) =>
              expect.objectContaining({ targetId: track.target, inspectionId: track.inspection }),
            ),
          ),
        });
        expect(coverage.covered).toHaveLength(tracks.length);

        // Inspection: exactly two inspections in the round, each with its one finding.
        const { items: inspections } = await inspection(
          'GET',
          `?roundId=${ids.round}`,
          tokens.office,
        );
        expect(inspections!.map((item) => item.id).sort()).toEqual(
          tracks.map((track) => track.inspection).sort(),
        );

        for (const track of tracks) {
          // Clue: one clue per inspection, each step of its history once.
          const { items: listed } = await clues(
            'GET',
            `?inspectionId=${track.inspection}`,
            tokens.office,
          );
          expect(listed!.map((item) => item.id)).toEqual([track.clue]);
          const clue = await clues('GET', `/${track.clue}`, tokens.office);
          const steps = (clue.steps as Array<{ step: string }>).map((step) => step.step);
          expect(steps).toEqual([
            'ClueRegistered',
            'ClueAssessed',
            'ClueTransferred',
            'ClueReceived',
            'ClueDisposed',
            'ClueOutcomeReported',
            'ClueConcluded',
          ]);
          expect(clue).toMatchObject({ status: 'concluded', revision: steps.length - 1 });

          // Rectification: one case per inspection, its two items once, both signed off.
          const { items: opened } = await cases(
            'GET',
            `?inspectionId=${track.inspection}`,
            tokens.office,
          );
          expect(opened!.map((item) => item.id)).toEqual([track.case]);
          const view = await cases('GET', `/${track.case}`, tokens.office);
          const items = view.items as Array<{ itemId: string }>;
          expect(items.map((item) => item.itemId).sort()).toEqual(
            track.items.map((item) => item.itemId).sort(),
          );
          expect(view).toMatchObject({
            rectifiedCount: track.items.length,
            rectificationRate: 1,
            assessment: { grade: 'good' },
          });
        }
        // Each service was killed once and started twice.
        expect(processes.map((service) => [service.name, service.starts])).toEqual(
          (Object.keys(PORTS) as ServiceName[]).map((name) => [name, 2]),
        );
        time('counted');
      }),
    STEP_TIMEOUT,
  );
});
