/**
 * What the modules of the cycle's sheets share while one import runs: the
 * rows, the calls to the services, the refusals (a row is refused once, with
 * the first reason found) and what earlier sheets left for later ones.
 */
import type { FocusCatalog } from '@xuncha/inspection-domain';
import type { Role } from '@xuncha/platform-nest';
import { at } from '../../demo/support';
import { ApiError, type ApiClient, type Json, type Service } from '../../http/client';
import {
  parseOrdinal,
  type CaseRow,
  type ClueRow,
  type FindingRow,
  type InspectionRow,
  type RoundRow,
  type TeamRow,
  type TermPlanRow,
} from '../cycle-rows';
import { SHEET_NAMES, type SheetKind } from '../read';

export interface Pending<T> {
  line: number;
  /** The row's key; each step's Idempotency-Key derives from it and the step's name. */
  key: string;
  cells: Record<string, string>;
  row: T;
}

export interface CycleRows {
  termPlans: Array<Pending<TermPlanRow>>;
  rounds: Array<Pending<RoundRow>>;
  teams: Array<Pending<TeamRow>>;
  inspections: Array<Pending<InspectionRow>>;
  findings: Array<Pending<FindingRow>>;
  clues: Array<Pending<ClueRow>>;
  cases: Array<Pending<CaseRow>>;
  /** Every sheet's rows the local checks refused, by their cells. */
  refused: Record<SheetKind, Array<{ line: number; cells: Record<string, string> }>>;
}

export interface KnownTarget {
  id: string;
  name: string;
  jurisdiction: string;
}

export interface CycleContext {
  api: ApiClient;
  /** The office's jurisdiction: every row lies under it. */
  jurisdiction: string;
  token: (role: Role, sub?: string, jurisdiction?: string) => Promise<string>;
  /** A target named in a row: from the file or registered (nearest to `code`), or why not. */
  target: (name: string, code: string) => { id?: string; why?: string };
  /** Every active target the import knows: registered before or from this file. */
  targets: KnownTarget[];
  /** A cadre named in a team: its id and pools, or why not. */
  cadre: (name: string) => { id?: string; pools?: string[]; why?: string };
  refuse: (kind: SheetKind, line: number, reason: string, extra?: Json) => void;
  /** A row went in whole: `replayed` when its first command was there from an earlier run. */
  done: (kind: SheetKind, replayed: boolean) => void;
  log: (line: string) => void;
}

export type Sent = { ok: true; body: Json } | { ok: false; status: number; body: Json };

/** Why the service refused: `rule: detail` for a 422, the detail and field errors otherwise. */
export function refusalOf(status: number, body: Json): { reason: string; extra: Json } {
  const type = String(body.type ?? '');
  const errors = Array.isArray(body.errors)
    ? (body.errors as Array<{ field: string; messages?: string[] }>)
    : undefined;
  const rule =
    status === 422 && type.includes('/rules/') ? type.slice(type.lastIndexOf('/') + 1) : '';
  const detail = String(body.detail ?? body.title ?? `answered ${status}`);
  const reason = [
    rule && !detail.startsWith(rule) ? `${rule}: ${detail}` : detail,
    ...(errors ?? []).map((e) => `${e.field}: ${(e.messages ?? []).join(', ')}`),
  ].join('; ');
  return { reason, extra: { status, ...(type && { type }), ...(errors && { errors }) } };
}

export const roundName = (ordinal: number) => `第${ordinal}轮`;
export const line = (kind: SheetKind, n: number) => `${SHEET_NAMES[kind]} line ${n}`;

export interface PlanEntry {
  line: number;
  id?: string;
  row?: Pick<TermPlanRow, 'jurisdiction' | 'from' | 'to'>;
  why?: string;
}

export interface RoundEntry {
  pending: Pending<RoundRow>;
  /** Its term plan's jurisdiction: names of targets resolve nearest to it. */
  code?: string;
  /** Why the round cannot be used (refused, or never launched). */
  why?: string;
  id?: string;
  /** Target id → the team row that put it in the round, once the service accepted it. */
  targets: Map<string, number>;
  /** Target id → the team row (refused) that named it. */
  refusedTargets: Map<string, number>;
}

/** One inspection (a round and a target) and the rows recorded at it. */
export interface Unit {
  ordinal: number;
  target: string;
  inspection?: Pending<InspectionRow>;
  findings: Array<Pending<FindingRow>>;
  clues: Array<Pending<ClueRow>>;
  cases: Array<Pending<CaseRow>>;
}

export interface FindingEntry {
  pending: Pending<FindingRow>;
  findingId?: string;
  /** The finding was there from an earlier run. */
  replayed?: boolean;
  villageId?: string;
  /** The catalog item code 监督重点 names. */
  focusItem?: string;
  why?: string;
}

/** An inspection the service opened for a 巡察 row: where the rows recorded at it go. */
export interface OpenInspection {
  unit: Unit;
  row: Pending<InspectionRow>;
  id: string;
  /** 第N轮 and the target, as the reasons name it. */
  title: string;
  /** The inspection as the service shows it before anything of this run was sent. */
  view: Json;
}

/** The path of the inspection's record or of one of its steps (`/stationing`, …). */
export const inspectionPath = (open: OpenInspection, p = '') => `/inspections/${open.id}${p}`;

/** A day of the field work as an instant (09:00 Beijing time). */
export const fieldDay = (day: string) => at(day, '09:00:00');

export class CycleRun {
  /** Term plans by name: the file's, then the registered one a round names. */
  readonly plans = new Map<string, PlanEntry>();
  /** The term plans registered under the jurisdiction before this run. */
  registeredPlans: Json[] = [];
  readonly rounds = new Map<number, RoundEntry>();
  readonly units = new Map<string, Unit>();
  /** Ids of the rounds registered before this run. */
  knownRounds = new Set<string>();
  /** Targets whose feedback this run delivered: the follow-up rounds may come back to them. */
  readonly fedBack = new Set<string>();
  private readonly refusedRows = new Set<string>();
  private readonly catalogs = new Map<string, Promise<FocusCatalog | undefined>>();
  private readonly usable = new Map<string, Promise<Json[]>>();

  constructor(
    readonly ctx: CycleContext,
    readonly rows: CycleRows,
    /** The office's token. */
    readonly office: string,
  ) {}

  get api(): ApiClient {
    return this.ctx.api;
  }

  /** A row is refused once, with the first reason found (its dependents may be refused later). */
  refuse(kind: SheetKind, n: number, reason: string, extra?: Json): void {
    if (this.refusedRows.has(`${kind}:${n}`)) return;
    this.refusedRows.add(`${kind}:${n}`);
    this.ctx.refuse(kind, n, reason, extra);
  }

  done(kind: SheetKind, replayed: boolean): void {
    this.ctx.done(kind, replayed);
  }

  async send(
    service: Service,
    path: string,
    as: string,
    body: unknown,
    step: string,
    retry: string[] = [],
  ): Promise<Sent> {
    try {
      return {
        ok: true,
        body: await this.api.call(service, 'POST', path, as, body, { step, retry }),
      };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      return { ok: false, status: error.status, body: error.body };
    }
  }

  /**
   * Whether the service would accept the command (`?dryRun=true`: its decider
   * runs, nothing is stored): how a row is checked against the service's own
   * rules before its first command is sent.
   */
  wouldAccept(
    service: Service,
    path: string,
    as: string,
    body: unknown,
    step: string,
    retry: string[] = [],
  ): Promise<Sent> {
    return this.send(service, `${path}?dryRun=true`, as, body, `${step}:dry-run`, retry);
  }

  get(service: Service, path: string): Promise<Json> {
    return this.api.call(service, 'GET', path, this.office);
  }

  list(service: Service, path: string): Promise<Json[]> {
    return this.api.list(service, path, this.office);
  }

  /** A 监督重点清单 version, whole: what a round's findings are classified against. */
  catalogVersion(version: string): Promise<FocusCatalog | undefined> {
    if (!this.catalogs.has(version)) {
      this.catalogs.set(
        version,
        this.get('planning', `/focus-catalog-versions/${encodeURIComponent(version)}`).then(
          (body) => body as unknown as FocusCatalog,
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 404) return undefined;
            throw error;
          },
        ),
      );
    }
    return this.catalogs.get(version)!;
  }

  /** 监督重点清单 of a 巡察轮次 row: a version id or label, or the title of a one-version catalog. */
  async chosenCatalog(text: string, jurisdiction: string): Promise<string | undefined> {
    if (!this.usable.has(jurisdiction)) {
      this.usable.set(
        jurisdiction,
        this.get('planning', `/focus-catalogs?jurisdiction=${jurisdiction}`).then(
          (body) => body.items as Json[],
        ),
      );
    }
    const bare = (t: string) =>
      t
        .replace(/[“”"']/g, '')
        .replace(/监督重点清单$/, '')
        .trim();
    for (const catalog of await this.usable.get(jurisdiction)!) {
      const versions = catalog.versions as Array<{ version: string; label: string }>;
      const exact = versions.find((v) => v.version === text || v.label === text);
      if (exact) return exact.version;
      if (bare(String(catalog.title)) === bare(text) && versions.length === 1) {
        return versions[0].version;
      }
    }
    return undefined;
  }

  /** The line of a row the local checks refused, found by its cells: a dependency's name. */
  refusedLine(
    kind: SheetKind,
    ordinal: number | undefined,
    cells: Record<string, string>,
  ): string | undefined {
    const row = this.rows.refused[kind].find(
      (r) =>
        (ordinal === undefined || parseOrdinal(r.cells['轮次'] ?? '') === ordinal) &&
        Object.entries(cells).every(([header, value]) => (r.cells[header] ?? '') === value),
    );
    return row && `${line(kind, row.line)} was refused`;
  }

  refuseSent(kind: SheetKind, n: number, sent: Sent & { ok: false }, what = ''): void {
    const { reason, extra } = refusalOf(sent.status, sent.body);
    this.refuse(kind, n, `${what}${reason}`, extra);
  }

  /** Why a row naming a round the file does not have (or refused) is refused. */
  missingRound(ordinal: number): string {
    return (
      this.refusedLine('rounds', ordinal, {})?.replace(' was', ` (${roundName(ordinal)}) was`) ??
      `${roundName(ordinal)} is not in the 巡察轮次 sheet`
    );
  }
}
