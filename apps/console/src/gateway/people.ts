import { signToken, type Principal, type Role } from '@xuncha/platform-nest';
import type { Divisions } from './divisions';

/** A person the embedded sign-in offers, with what their token will carry. */
export interface Person {
  readonly principal: Principal;
  /** 姓名 or the unit's name, as the page lists it. */
  readonly name: string;
  /** 身份: the role's label and where the person works. */
  readonly title: string;
}

export const ROLE_LABELS: Record<Role, string> = {
  office: '巡察办工作人员',
  team: '巡察组干部',
  inspected: '被巡察党组织',
  discipline: '纪委监委',
  organization: '组织部',
  analyst: '数据分析人员',
  admin: '系统管理员',
};

interface Page<T> {
  items: T[];
  next?: string;
}
interface TargetRow {
  id: string;
  name: string;
  jurisdiction: string;
  status: string;
}
interface CadreRow {
  id: string;
  name: string;
  jurisdiction: string;
  pools: string[];
}

/**
 * The people of the local data under a jurisdiction, for the embedded
 * sign-in: the office of the jurisdiction and of each county that has
 * targets, every cadre of the pools (a team member signs in as the cadre),
 * every inspected organization (as the target), and one person each for the
 * discipline commission, the organization department, analysis and admin.
 * The directory reads the planning service with an admin token of that
 * jurisdiction, signed with the same local key as the people's tokens.
 */
export class PeopleDirectory {
  constructor(
    private readonly planningUrl: string,
    private readonly key: Uint8Array,
    private readonly divisions: Divisions,
  ) {}

  async list(jurisdiction: string): Promise<Person[]> {
    const reader = await signToken(
      { sub: 'console-directory', roles: ['admin'], jurisdiction },
      this.key,
      '1m',
    );
    const [targets, cadres] = await Promise.all([
      this.all<TargetRow>('/api/v1/targets', jurisdiction, reader),
      this.all<CadreRow>('/api/v1/cadres', jurisdiction, reader),
    ]);
    const place = async (code: string) => (await this.divisions.name(code)) ?? code;
    const person = async (role: Role, sub: string, code: string, name?: string) => ({
      principal: { sub, roles: [role], jurisdiction: code },
      name: name ?? `${await place(code)}${ROLE_LABELS[role]}`,
      title: `${ROLE_LABELS[role]} · ${await place(code)}`,
    });
    const counties = [
      ...new Set(targets.map((t) => t.jurisdiction.slice(0, 6)).filter((c) => c !== jurisdiction)),
    ].sort();
    return Promise.all([
      ...[jurisdiction, ...counties].map((code) => person('office', `office-${code}`, code)),
      ...cadres.map((c) => person('team', c.id, c.jurisdiction, c.name)),
      ...targets
        .filter((t) => t.status !== 'retired')
        .map((t) => person('inspected', t.id, t.jurisdiction, t.name)),
      ...(['discipline', 'organization', 'analyst', 'admin'] as const).map((role) =>
        person(role, `${role}-${jurisdiction}`, jurisdiction),
      ),
    ]);
  }

  private async all<T>(path: string, jurisdiction: string, token: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    // Bounded: the sign-in lists at most 5 000 of each kind; a larger data set signs in by OIDC.
    for (let page = 0; page < 5; page++) {
      const query = new URLSearchParams({ jurisdiction, limit: '1000', ...(cursor && { cursor }) });
      const response = await fetch(`${this.planningUrl}${path}?${query}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      const body = (await response.json()) as Page<T>;
      items.push(...body.items);
      cursor = body.next;
      if (!cursor) break;
    }
    return items;
  }
}
