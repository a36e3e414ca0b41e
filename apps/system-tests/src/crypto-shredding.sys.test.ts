import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { TOPICS } from '@xuncha/contracts';
import type { KeyLike } from 'jose';
import {
  ERASED,
  generateRecipientKeyPair,
  keyStoreFromEnvironment,
  open,
  openAsRecipient,
} from '@xuncha/platform-crypto';
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';

/**
 * Crypto-shredding (issue #12) across the five processes: a clue's name, position and
 * allegation are sealed with the clue's own key in both event stores and on the restricted
 * clues topic; erasing the key leaves no readable copy in the data directory (stores, read
 * models, exports), and every answer shows the clue as erased. The transfer to the
 * discipline commission is sealed for the commission's public key: its private key, which
 * this test holds in the commission's stead and the system never sees, opens it; no file of
 * the data directory holds the name, before or after the erasure, and none is readable by
 * anyone but the services' own user.
 */

const JURISDICTION = '611000';
const PORTS = portsFrom(4701);
const SETTLE_MS = 30_000;
const NAME = '司马验删';
const POSITION = '碎钥专项办公室主任';
const ALLEGATION = '涉嫌挪用碎钥专项资金八十八万元';
const SECRETS = [NAME, POSITION, ALLEGATION, '碎钥证据-001'];

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Json = Record<string, unknown> & { items?: Array<Record<string, unknown>> };
type Method = 'GET' | 'POST' | 'DELETE';

/** Every file and folder under `dir` whose mode lets group or others in. */
function openToOthers(dir: string): string[] {
  return ['.', ...readdirSync(dir, { recursive: true, encoding: 'utf8' })].filter(
    (path) => (statSync(join(dir, path)).mode & 0o077) !== 0,
  );
}

/** Every file under `dir` but those under `except`, with its path relative to `dir`. */
function filesUnder(dir: string, except: string[] = []): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => !except.some((skip) => path.startsWith(skip)))
    .filter((path) => statSync(join(dir, path)).isFile());
}

/** The files (WAL and shm included) whose raw bytes hold one of the secrets, in UTF-8. */
function filesHoldingSecrets(dir: string, except: string[] = []): string[] {
  const needles = SECRETS.map((secret) => Buffer.from(secret, 'utf8'));
  return filesUnder(dir, except).filter((path) => {
    const bytes = readFileSync(join(dir, path));
    return needles.some((needle) => bytes.includes(needle));
  });
}

describe('crypto-shredding of a clue’s personal data across the five processes', () => {
  let dir: string;
  let commissionDir: string;
  let commissionKey: KeyLike;
  let system: RunningSystem | undefined;
  let signingKey: Uint8Array;
  const tokens = {} as Record<'office' | 'analyst' | 'admin' | 'leader', string>;
  const ids = {} as Record<'target' | 'leader' | 'round' | 'inspection' | 'clue', string>;

  const token = (role: Role, sub = `${role}-${JURISDICTION}`) =>
    signToken({ sub, roles: [role], jurisdiction: JURISDICTION }, signingKey);

  async function call(
    port: keyof typeof PORTS,
    method: Method,
    path: string,
    as: string,
    body?: unknown,
  ) {
    const response = await fetch(`http://127.0.0.1:${PORTS[port]}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, response };
  }

  async function json(
    port: keyof typeof PORTS,
    method: Method,
    path: string,
    as: string,
    body?: unknown,
    status = 200,
  ): Promise<Json> {
    const { status: got, response } = await call(port, method, path, as, body);
    const text = await response.text();
    if (got !== status)
      throw new Error(`${method} ${path}: expected ${status}, got ${got} ${text}`);
    return text ? (JSON.parse(text) as Json) : {};
  }

  async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string) {
    const deadline = Date.now() + SETTLE_MS;
    for (;;) {
      const value = await probe().catch(() => undefined);
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The bus log's messages on `topic` whose value holds `text`. */
  function busMessages(topic: string, text: string): Array<{ topic: string; value: string }> {
    const db = new Database(join(dir, 'bus', 'log.sqlite'), {
      readonly: true,
      fileMustExist: true,
    });
    try {
      return db
        .prepare(`SELECT topic, value FROM messages WHERE topic LIKE ? AND instr(value, ?) > 0`)
        .all(topic, text) as Array<{ topic: string; value: string }>;
    } finally {
      db.close();
    }
  }

  /** The clue's registration as the clue service stored it, sealed. */
  function storedRegistration(): { sealed: string; schemaVersion: number } {
    const db = new Database(join(dir, 'clue-service', 'events.sqlite'), { readonly: true });
    try {
      const row = db
        .prepare(
          `SELECT data, schema_version FROM events WHERE stream_id = ? AND type = 'ClueRegistered'`,
        )
        .get(`clue.clue-${ids.clue}`) as { data: string; schema_version: number };
      return { ...(JSON.parse(row.data) as { sealed: string }), schemaVersion: row.schema_version };
    } finally {
      db.close();
    }
  }

  /** Every clue-related answer an analyst or the office can export or list, as text. */
  async function exportsAndLists(): Promise<string> {
    const ledger = `/ledgers/clues?jurisdiction=${JURISDICTION}`;
    const csv = await call('QUERY_PORT', 'GET', `${ledger}&format=csv`, tokens.analyst);
    expect(csv.status).toBe(200);
    const xlsx = await call('QUERY_PORT', 'GET', `${ledger}&format=xlsx`, tokens.analyst);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.response.arrayBuffer()) as never);
    const cells: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))),
    );
    const list = await json(
      'CLUE_PORT',
      'GET',
      `/clues?inspectionId=${ids.inspection}`,
      tokens.office,
    );
    const inspection = await json(
      'INSPECTION_PORT',
      'GET',
      `/inspections/${ids.inspection}`,
      tokens.office,
    );
    return [
      await csv.response.text(),
      cells.join('\n'),
      JSON.stringify(list),
      JSON.stringify(inspection),
    ].join('\n');
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-shredding-'));
    // The commission's key pair, outside the data directory: the system gets the public half.
    commissionDir = mkdtempSync(join(tmpdir(), 'xuncha-commission-'));
    const commission = await generateRecipientKeyPair();
    commissionKey = commission.privateKey;
    const publicKeyFile = join(commissionDir, 'public.jwk');
    writeFileSync(publicKeyFile, JSON.stringify(commission.publicJwk));
    system = await startSystem({
      dataDir: dir,
      ports: PORTS,
      env: { LOG_LEVEL: 'warn', DISCIPLINE_COMMISSION_PUBLIC_KEY_FILE: publicKeyFile },
      timeoutMs: 90_000,
    });
    signingKey = resolveSigningKey(dir);
    tokens.office = await token('office');
    tokens.analyst = await token('analyst');
    tokens.admin = await token('admin');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (commissionDir) rmSync(commissionDir, { recursive: true, force: true });
  }, 30_000);

  it('records a clue at an inspection: sealed in both stores and on the clues topic', async () => {
    const planning = (path: string, body: unknown, status = 201) =>
      json('PLANNING_PORT', 'POST', path, tokens.office, body, status);
    ids.target = (
      await planning('/targets', {
        name: '商洛市碎钥试点局',
        category: 'government-department',
        tier: 'city',
        jurisdiction: JURISDICTION,
        headcount: 20,
        leader: '张某某',
      })
    ).id as string;
    const cadre = async (name: string, pools: string[]) =>
      (await planning('/cadres', { name, jurisdiction: JURISDICTION, pools, expertise: ['纪检'] }))
        .id as string;
    ids.leader = await cadre('组长甲', ['leader']);
    const liaison = await cadre('联络员乙', ['talent']);
    const year = new Date().getUTCFullYear();
    const termPlan = (
      await planning('/term-plans', {
        name: '市委巡察规划',
        jurisdiction: JURISDICTION,
        from: `${year - 1}-01-01`,
        to: `${year + 3}-12-31`,
        targetIds: [ids.target],
      })
    ).id as string;
    await planning(`/term-plans/${termPlan}/adopt`, {}, 200);
    ids.round = (
      await planning('/rounds', {
        termPlanId: termPlan,
        ordinal: 1,
        kind: 'regular',
        modes: [],
        window: { from: day(-60), to: day(30) },
      })
    ).id as string;
    await planning(
      `/rounds/${ids.round}/teams`,
      {
        leaderId: ids.leader,
        deputyIds: [],
        liaisonId: liaison,
        memberIds: [],
        targetIds: [ids.target],
      },
      200,
    );
    await planning(`/rounds/${ids.round}/approve`, {}, 200);
    await planning(`/rounds/${ids.round}/launch`, {}, 200);
    tokens.leader = await token('team', ids.leader);

    const opened = await eventually(async () => {
      const { items } = await json(
        'INSPECTION_PORT',
        'GET',
        `/inspections?roundId=${ids.round}`,
        tokens.office,
      );
      return items?.[0];
    }, 'the inspection opened by the launch');
    ids.inspection = opened.id as string;
    const inspection = (path: string, body: unknown, status = 200) =>
      json(
        'INSPECTION_PORT',
        'POST',
        `/inspections/${ids.inspection}${path}`,
        tokens.leader,
        body,
        status,
      );
    await inspection('/stationing', {
      announcedAt: `${day(-50)}T09:00:00+08:00`,
      channels: ['phone'],
    });
    ids.clue = (
      await inspection(
        '/clues',
        {
          person: { name: NAME, position: POSITION, rank: 'section' },
          allegation: ALLEGATION,
          discipline: 'integrity',
          urgent: true,
          evidenceRefs: ['碎钥证据-001'],
        },
        201,
      )
    ).clueId as string;

    // Registered by the clue service from the sealed SealedClueIdentified.
    await eventually(async () => {
      const { items } = await json(
        'CLUE_PORT',
        'GET',
        `/clues?inspectionId=${ids.inspection}`,
        tokens.office,
      );
      return items?.[0]?.id === ids.clue;
    }, 'the clue registered by the clue service');
    const full = await json('CLUE_PORT', 'GET', `/clues/${ids.clue}`, tokens.office);
    expect(full).toMatchObject({
      person: { name: NAME, position: POSITION, rank: 'section' },
      allegation: ALLEGATION,
      evidenceRefs: ['碎钥证据-001'],
    });
    expect(busMessages(TOPICS.inspectionClues, ids.clue)).toHaveLength(1);

    // No plaintext anywhere in the data directory yet: event stores (WAL included), the bus
    // log with its clues topic, read models, keys.
    expect(filesUnder(dir)).toEqual(
      expect.arrayContaining(
        ['inspection-service', 'clue-service', 'query-service']
          .flatMap((service) => [
            join(service, 'events.sqlite'),
            join(service, 'read-models.sqlite'),
          ])
          .concat(join('bus', 'log.sqlite')),
      ),
    );
    expect(filesHoldingSecrets(dir)).toEqual([]);
    // The stores hold the name as ciphertext that the clue's key opens.
    const keys = await keyStoreFromEnvironment(dir, {});
    const key = (await keys.get(ids.clue))!;
    expect(open(key, storedRegistration().sealed, ids.clue)).toContain(NAME);
  }, 120_000);

  it('transfers it: sealed for the commission, which alone opens it; no file holds the name', async () => {
    const clues = (path: string, body: unknown) =>
      json('CLUE_PORT', 'POST', `/clues/${ids.clue}${path}`, tokens.office, body);
    await clues('/assessment', {
      recipient: 'discipline-commission',
      note: `建议初步核实${NAME}问题`,
    });
    await clues('/transfer', {});
    const [transfer] = await eventually(async () => {
      const found = busMessages(TOPICS.clueTransfers, ids.clue);
      return found.length > 0 && found;
    }, 'the transfer published to the commission');
    const sent = JSON.parse(transfer.value) as { personalData: string };
    expect(JSON.parse(await openAsRecipient(sent.personalData, commissionKey))).toMatchObject({
      person: { name: NAME, position: POSITION },
      allegation: ALLEGATION,
      evidenceRefs: ['碎钥证据-001'],
    });

    await eventually(async () => {
      const { items } = await json(
        'QUERY_PORT',
        'GET',
        `/ledgers/clues?jurisdiction=${JURISDICTION}`,
        tokens.analyst,
      );
      return items?.some(
        (item) => JSON.stringify(item).includes(ids.clue) && item.status === 'transferred',
      );
    }, 'the clue in the query service’s ledger');
    const exported = await exportsAndLists();
    expect(exported).toContain(ids.clue);
    for (const secret of SECRETS) expect(exported).not.toContain(secret);
    // The bus log holds the commission's transfer as ciphertext only, like everything else.
    expect(filesHoldingSecrets(dir)).toEqual([]);
    expect(openToOthers(dir)).toEqual([]);
  }, 60_000);

  it('erases it: the key is gone, every answer shows the clue erased, no file holds the name', async () => {
    const erase = (as: string, body: unknown) =>
      call('CLUE_PORT', 'DELETE', `/clues/${ids.clue}/personal-data`, as, body);
    expect((await erase(tokens.office, { reason: '保存期限届满' })).status).toBe(403);
    const { status, response } = await erase(tokens.admin, { reason: '保存期限届满' });
    expect([status, await response.json()]).toEqual([
      200,
      expect.objectContaining({ id: ids.clue, personalDataErased: true }),
    ]);

    const full = await json('CLUE_PORT', 'GET', `/clues/${ids.clue}`, tokens.office);
    expect(full).toMatchObject({
      status: 'transferred',
      person: { name: ERASED, position: ERASED, rank: 'section' },
      allegation: ERASED,
      evidenceRefs: [],
      assessmentNote: ERASED,
      personalDataErased: true,
      erasureReason: '保存期限届满',
    });
    const shown = await json(
      'INSPECTION_PORT',
      'GET',
      `/inspections/${ids.inspection}`,
      tokens.office,
    );
    expect(shown.clues).toEqual([
      expect.objectContaining({
        clueId: ids.clue,
        involvedRank: 'section',
        personalDataErased: true,
      }),
    ]);

    const exported = await exportsAndLists();
    expect(exported).toContain(ids.clue);
    for (const secret of SECRETS) expect(exported).not.toContain(secret);

    // The ciphertext is still stored, and nothing can open it any more.
    const keys = await keyStoreFromEnvironment(dir, {});
    expect(await keys.get(ids.clue)).toBeUndefined();
    expect(storedRegistration()).toMatchObject({ schemaVersion: 2, sealed: /^xc1:/ });
    // Nowhere in the data directory, the transfer to the commission included; what the
    // commission opened with its own key is its own record.
    expect(filesHoldingSecrets(dir)).toEqual([]);
    expect(busMessages('%', NAME)).toEqual([]);
    expect(openToOthers(dir)).toEqual([]);
    expect(busMessages(TOPICS.deadLetter, ids.clue)).toEqual([]);
    expect(filesUnder(dir)).not.toContain(join('keys', 'data', `${ids.clue}.key`));
  }, 60_000);
});
