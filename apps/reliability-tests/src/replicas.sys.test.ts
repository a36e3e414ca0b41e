/**
 * Two replicas of the query service in one consumer group per projection, on the real
 * Kafka broker, through a whole inspection cycle of two targets: the replicas share the
 * partitions of their projections (one read model, on the MongoDB wire protocol of
 * mongo-java-server), one of them is killed with SIGKILL while it folds the findings,
 * clues and feedbacks, the other takes its partitions over, and the statistics are
 * exactly what the cycle did.
 *
 * The other four services run once each, as child processes of the test. The steps and
 * bodies are those of apps/system-tests/src/cycle.sys.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssignerProtocol, Kafka, logLevel, type Admin } from 'kafkajs';
import mongoose from 'mongoose';
import { freePort, startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import { SystemClient, type Method } from '@xuncha/platform-nest/testing';
import { ServiceProcess, startService, type ServiceName } from './services';

const JURISDICTION = '611000';
const HEADCOUNT = 20; // under 30: every member of staff is talked to
const STEP_TIMEOUT = 90_000;
/** Where Jest's global setup left the mongo-java-server (tools/jest/global-setup.ts). */
const MONGO_URI = process.env.XUNCHA_TEST_MONGO_JAVA_SERVER_URI;

/** ISO calendar day `offset` days from today (the services run on the real clock). */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A Beijing-time instant on that day. */
const at = (offset: number, time = '10:00:00') => `${day(offset)}T${time}+08:00`;

type Replica = 'query-a' | 'query-b';
type Endpoint = Exclude<ServiceName, 'query-service'> | Replica;

interface Track {
  name: string;
  target: string;
  inspection: string;
  finding: string;
  clue: string;
  case: string;
  items: Array<{ itemId: string; source: string }>;
}

describe('two query-service replicas in one group on Apache Kafka, one killed mid-cycle', () => {
  const ports = {} as Record<Endpoint, number>;
  const api = new SystemClient<Endpoint>((endpoint) => ports[endpoint]);
  const processes: ServiceProcess[] = [];
  const replicas = {} as Record<Replica, ServiceProcess>;
  let broker: TestBroker;
  let admin: Admin;
  let dir: string;
  let key: Uint8Array;

  const token = (role: Role, sub = `${role}-${JURISDICTION}`) =>
    signToken({ sub, roles: [role], jurisdiction: JURISDICTION }, key);
  const tokens = {} as Record<'office' | 'analyst' | 'discipline', string>;
  const team = {} as Record<'leader' | 'member', string>;
  const ids = {} as {
    leader: string;
    deputy: string;
    liaison: string;
    members: string[];
    termPlan: string;
    round: string;
    team: string;
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

  /** Member id → partitions it holds, for every projection group of the query service. */
  const assignments = async (): Promise<Map<string, Map<string, number>>> => {
    const { groups } = await admin.listGroups();
    const names = groups
      .map((group) => group.groupId)
      .filter((groupId) => groupId.startsWith('query-service.projection.'));
    const described = await admin.describeGroups(names);
    return new Map(
      described.groups.map((group) => [
        group.groupId,
        new Map(
          group.members.map((member) => {
            const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
            const count = Object.values(assignment?.assignment ?? {}).reduce(
              (sum, partitions) => sum + partitions.length,
              0,
            );
            return [member.memberId, count];
          }),
        ),
      ]),
    );
  };

  beforeAll(async () => {
    if (!MONGO_URI) throw new Error('no mongo-java-server: run Jest from the workspace root');
    dir = mkdtempSync(join(tmpdir(), 'xuncha-replicas-'));
    broker = await startTestBroker();
    admin = new Kafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    // The replicas' one read model: a database named after the service, empty at the start.
    const connection = await mongoose
      .createConnection(MONGO_URI, { dbName: 'query-service' })
      .asPromise();
    await connection.dropDatabase();
    await connection.close();

    const env: Record<string, string> = {
      XUNCHA_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      KAFKA_BROKERS: broker.brokers.join(','),
    };
    for (const variable of ['KURRENTDB_URL', 'MONGODB_URI', 'JWT_SECRET']) {
      delete process.env[variable];
    }
    const others: Array<Exclude<ServiceName, 'query-service'>> = [
      'planning-service',
      'inspection-service',
      'clue-service',
      'rectification-service',
    ];
    for (const endpoint of [...others, 'query-a', 'query-b'] as Endpoint[]) {
      ports[endpoint] = await freePort();
    }
    await Promise.all(
      others.map((name) => startService(name, ports[name], env, processes, 120_000)),
    );
    for (const replica of ['query-a', 'query-b'] as Replica[]) {
      replicas[replica] = await startService(
        'query-service',
        ports[replica],
        { ...env, MONGODB_URI: MONGO_URI },
        processes,
        120_000,
      );
    }
    key = resolveSigningKey(dir);
    tokens.office = await token('office');
    tokens.analyst = await token('analyst');
    tokens.discipline = await token('discipline');
  }, 300_000);

  afterAll(async () => {
    await Promise.all(processes.map((service) => service.kill9()));
    await admin?.disconnect();
    await broker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  /** On failure, what the services printed helps more than the assertion. */
  const withTails = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      const tails = processes
        .map((service) => {
          const lines = service
            .tail()
            .split('\n')
            .filter((line) => line.trim() && !line.includes('LegacyRouteConverter'));
          return lines.length === 0
            ? ''
            : `--- ${service.name} on ${service.port} (pid ${service.pid})\n${lines.join('\n').slice(-3000)}`;
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
  const stats = (replica: Replica) =>
    api.expect(
      200,
      replica,
      'GET',
      `/stats?jurisdiction=${JURISDICTION}&termPlanId=${ids.termPlan}`,
      tokens.analyst,
    );
  const cadre = async (name: string, pools: string[], expertise: string[]) =>
    (await planning('POST', '/cadres', { name, jurisdiction: JURISDICTION, pools, expertise }, 201))
      .id as string;

  it(
    'plans two targets, launches the round; both replicas hold partitions of every projection',
    () =>
      withTails(async () => {
        for (const track of tracks) {
          track.target = (
            await planning(
              'POST',
              '/targets',
              {
                name: track.name,
                category: 'government-department',
                tier: 'city',
                jurisdiction: JURISDICTION,
                headcount: HEADCOUNT,
                leader: '张某某',
              },
              201,
            )
          ).id as string;
        }
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
        await planning('POST', `/rounds/${ids.round}/launch`, {});
        team.leader = await token('team', ids.leader);
        team.member = await token('team', ids.members[0]);

        const opened = await api.eventually(async () => {
          const { items } = await inspection('GET', `?roundId=${ids.round}`, tokens.office);
          return items && items.length >= 2 && items;
        }, 'the two inspections opened by the launch');
        for (const track of tracks) {
          track.inspection = opened.find((item) => item.targetId === track.target)!.id as string;
        }

        // Each projection's group has both replicas as members, each holding partitions.
        const groups = await api.eventually(async () => {
          const found = await assignments();
          const shared = [...found.values()].every(
            (members) => members.size === 2 && [...members.values()].every((count) => count > 0),
          );
          return found.size > 0 && shared && found;
        }, 'both replicas holding partitions in every projection group');
        expect(groups.size).toBeGreaterThan(0);
        // Both answer from the one read model.
        for (const replica of ['query-a', 'query-b'] as Replica[]) {
          const body = await api.eventually(async () => {
            const figures = await stats(replica);
            const targets = figures.targets as { inScope?: number } | undefined;
            return targets?.inScope === tracks.length && figures;
          }, `the targets in scope on ${replica}`);
          expect(body.targets).toMatchObject({ inScope: tracks.length });
        }
      }),
    STEP_TIMEOUT,
  );

  it(
    'inspects both targets to feedback; kill -9 of one replica while they fold it',
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
            await inspection(
              'POST',
              `/${id}/immediate-items`,
              team.leader,
              { title: '清退超标准会议费', findingId: track.finding, dueBy: day(-20) },
              201,
            );
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
        // Replica A is folding the findings, clues and feedbacks of its partitions.
        await replicas['query-a'].kill9();

        // The survivor's groups rebalance: it alone holds every partition.
        const groups = await api.eventually(
          async () => {
            const found = await assignments();
            return [...found.values()].every((members) => members.size === 1) && found;
          },
          'the survivor alone in every projection group',
          60_000,
        );
        expect(groups.size).toBeGreaterThan(0);
      }),
    STEP_TIMEOUT,
  );

  it(
    'handles both clues and rectifies both targets while one replica is down',
    () =>
      withTails(async () => {
        await Promise.all(
          tracks.map(async (track, n) => {
            await api.eventually(async () => {
              const { items } = await clues(
                'GET',
                `?inspectionId=${track.inspection}`,
                tokens.office,
              );
              return items?.[0];
            }, 'the clue registered from the inspection');
            await clues('POST', `/${track.clue}/assessment`, tokens.office, {
              recipient: 'discipline-commission',
              note: '经集体会商，建议初步核实。',
            });
            await clues('POST', `/${track.clue}/transfer`, tokens.office, {});
            done.transferred += 1;
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
        await Promise.all(
          tracks.map(async (track, n) => {
            const inspected = await token('inspected', track.target);
            const opened = await api.eventually(async () => {
              const { items } = await cases(
                'GET',
                `?inspectionId=${track.inspection}`,
                tokens.office,
              );
              return items?.[0];
            }, 'the rectification case opened by the feedback');
            track.case = opened.id as string;
            track.items = (await cases('GET', `/${track.case}`, inspected)).items as Track['items'];
            await cases('POST', `/${track.case}/plan`, inspected, {
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
            for (const { itemId, source } of track.items) {
              await cases('POST', `/${track.case}/items/${itemId}/sign-off`, tokens.office, {
                evidence: '财务凭证、制度文件',
              });
              if (source === 'finding') done.signedOffFindings += 1;
            }
            const report = {
              summary: '整改情况报告',
              rulesEstablished: 2 + n,
              fundsRecovered: 10000 + n * 500,
            };
            await cases('POST', `/${track.case}/report`, inspected, report);
            done.rules += report.rulesEstablished;
            done.caseFunds += report.fundsRecovered;
            await cases('POST', `/${track.case}/assessment`, tokens.office, { grade: 'good' });
            done.cases += 1;
          }),
        );
      }),
    STEP_TIMEOUT,
  );

  it(
    'counts on the survivor exactly what the cycle did: nothing lost, nothing folded twice',
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
        const figures = await api.eventually(async () => {
          const body = await stats('query-b');
          expect(body).toMatchObject(expected);
          return body;
        }, 'the statistics of the cycle on the surviving replica');
        expect(figures).toMatchObject(expected);
        expect(replicas['query-a'].running).toBe(false);
        expect(replicas['query-b'].starts).toBe(1);
      }),
    STEP_TIMEOUT,
  );
});
