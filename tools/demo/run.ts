/**
 * runDemo: the whole demo load (see tools/demo.ts). Every step goes through
 * the public HTTP API of the five running services; one module per step in
 * ./steps, this one only orders them.
 */
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import { Api, SERVICES, pool, portsFromEnv, type Json, type Service } from '../http/client';
import { CITY, ROUNDS, type RoundSpec, type TargetSpec } from './data';
import { emptyCounts, get, target, type DemoRun } from './steps/context';
import { handleClues } from './steps/clues';
import { settledStats, summary } from './steps/figures';
import { inspect } from './steps/inspection';
import { rectify } from './steps/rectification';
import { registerTargetsAndCadres } from './steps/registry';
import { launchRound } from './steps/rounds';
import { adoptTermPlan } from './steps/term-plan';
import { derivedUuid } from './support';

export interface DemoOptions {
  /** Seed of the figures and of the idempotency keys (default 2021). */
  seed?: number;
  /** The system's data directory, for the signing key (default XUNCHA_DATA_DIR or ./data). */
  dataDir?: string;
  /** Where ports and JWT_SECRET come from (default process.env). */
  env?: NodeJS.ProcessEnv;
  host?: string;
  /** How long to wait for each eventually consistent step (default 60 s). */
  settleMs?: number;
  /** Progress lines (default: stdout). */
  log?: (line: string) => void;
}

export interface DemoResult {
  counts: Record<string, number>;
  stats: Json;
  ms: number;
  calls: number;
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const started = Date.now();
  const seed = options.seed ?? 2021;
  const env = options.env ?? process.env;
  const dataDir = options.dataDir ?? (env.XUNCHA_DATA_DIR || './data');
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const ports = portsFromEnv(env);
  const host = options.host ?? '127.0.0.1';
  const api = new Api({
    host,
    ports,
    settleMs: options.settleMs ?? 60_000,
    keyOf: (step) => derivedUuid(seed, step),
  });
  const stage = (name: string) =>
    log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${name}`);

  // ── 0. Is the system there? ────────────────────────────────────────────────
  for (const service of Object.keys(SERVICES) as Service[]) {
    const url = api.url(service, '/health');
    if (!(await api.healthy(service))) {
      throw new Error(
        `the ${service} service does not answer on ${url}.\n` +
          `The system is not running: start it with npm start in another terminal ` +
          `(same XUNCHA_DATA_DIR and *_PORT variables), then run npm run demo again.`,
      );
    }
  }
  stage(`the five services answer /health (data directory ${dataDir}, seed ${seed})`);

  const key = resolveSigningKey(dataDir, env.JWT_SECRET);
  const tokens = new Map<string, Promise<string>>();
  const token = (role: Role, sub = `${role}-${CITY.code}`, jurisdiction = CITY.code) => {
    const id = `${role}|${sub}|${jurisdiction}`;
    if (!tokens.has(id)) tokens.set(id, signToken({ sub, roles: [role], jurisdiction }, key));
    return tokens.get(id)!;
  };
  const office = await token('office');
  const analyst = await token('analyst');
  const probe = await api.request('planning', 'GET', '/targets?limit=1', office);
  if (probe.status === 401) {
    throw new Error(
      `the system refused the demo's token: XUNCHA_DATA_DIR (${dataDir}) must be the data ` +
        `directory npm start runs on (or set the same JWT_SECRET).`,
    );
  }
  const counts = emptyCounts();

  const run: DemoRun = {
    api,
    seed,
    token,
    office,
    analyst,
    ids: new Map(),
    roundIds: new Map(),
    counts,
    stage,
  };

  // ── 1. Targets and cadres (巡察对象, 干部库) ───────────────────────────────
  await registerTargetsAndCadres(run);
  // ── 2. The term plan (届内巡察规划) ────────────────────────────────────────
  const termPlanId = await adoptTermPlan(run);
  // ── 3. Rounds: plan, teams, approval, launch (轮次) ─────────────────────
  const followUp = ROUNDS.find((r) => r.kind === 'follow-up')!;
  for (const round of ROUNDS.filter((r) => r !== followUp))
    await launchRound(run, termPlanId, round);

  // ── 4. Inspections, clues, rectification (现场巡察 → 线索 → 整改) ─────────
  let finished = 0;
  const jobs = ROUNDS.filter((r) => r !== followUp).flatMap((round) =>
    round.teams.flatMap((keys, teamIndex) =>
      keys
        // In a township-with-villages round the township's inspection feeds each village back.
        .filter(
          (k) => !(round.modes.includes('township-with-villages') && target(k).tier === 'village'),
        )
        .map((k) => ({ round, teamIndex, t: target(k) })),
    ),
  );
  const jobsTotal = jobs.length + followUp.teams.flat().length;
  stage(`inspecting ${jobsTotal} targets (stationing, talks, findings, report, hearing, feedback)`);
  /** One inspection through its feedback, then its clues and rectification side by side. */
  const inspectAll = async (round: RoundSpec, teamIndex: number, t: TargetSpec) => {
    const inspected = await inspect(run, round, teamIndex, t);
    await Promise.all([handleClues(run, inspected), rectify(run, inspected)]);
    finished++;
    if (finished % 5 === 0 || finished === jobsTotal) {
      stage(`${finished}/${jobsTotal} inspections through feedback, clues and rectification`);
    }
    return inspected;
  };

  // The follow-up round (回头看) comes back to a target once its first feedback counts.
  const revisited = target(followUp.teams[0][0]);
  const runFollowUp = async () => {
    await api.eventually(`${revisited.name} counted inspected in the term plan`, async () => {
      const coverage = await get(run, 'planning', `/term-plans/${termPlanId}/coverage`, office);
      return !JSON.stringify(coverage.missing ?? []).includes(run.ids.get(revisited.key)!);
    });
    await launchRound(run, termPlanId, followUp);
    await pool(followUp.teams, 1, (keys, teamIndex) =>
      pool(keys, 1, (k) => inspectAll(followUp, teamIndex, target(k))),
    );
  };
  const firstOf = jobs.findIndex((job) => job.t === revisited);
  const ordered = [jobs[firstOf], ...jobs.filter((_, n) => n !== firstOf)];
  let followUpDone: Promise<unknown> | undefined;
  await pool(ordered, 6, async (job, n) => {
    const done = await inspectAll(job.round, job.teamIndex, job.t);
    if (n === 0) followUpDone = runFollowUp();
    return done;
  });
  await followUpDone;

  // ── 5. The figures (统计) ──────────────────────────────────────────────────
  const stats = await settledStats(run);
  const ms = Date.now() - started;
  stage('done');
  for (const line of summary(counts, stats, ports.query, ms, api.calls)) log(line);
  return { counts, stats, ms, calls: api.calls };
}
