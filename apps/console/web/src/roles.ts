import type { Role } from './api';

/** The console's screens and which roles may use them (the services check again, 403). */
export interface Screen {
  path: string;
  label: string;
  roles: Role[];
}

export const SCREENS: Screen[] = [
  { path: '/targets', label: '巡察对象', roles: ['office'] },
  { path: '/cadres', label: '干部库', roles: ['office'] },
  { path: '/term-plans', label: '届内巡察规划', roles: ['office'] },
  { path: '/rounds', label: '巡察轮次', roles: ['office'] },
  { path: '/deadlines', label: '时限设置', roles: ['office'] },
  // One screen may carry another name for another role: the team's own, the office's all.
  { path: '/inspections', label: '我的巡察', roles: ['team'] },
  { path: '/inspections', label: '巡察工作', roles: ['office'] },
  { path: '/clues', label: '问题线索', roles: ['office'] },
  { path: '/clues', label: '移交线索', roles: ['discipline', 'organization'] },
  { path: '/rectification', label: '整改监督', roles: ['office', 'discipline', 'organization'] },
  { path: '/rectification', label: '整改落实', roles: ['inspected'] },
  { path: '/analysis', label: '统计分析', roles: ['analyst', 'office'] },
  { path: '/audit', label: '审计日志', roles: ['admin'] },
];

export const ROLE_NAMES: Record<Role, string> = {
  office: '巡察办',
  team: '巡察组',
  inspected: '被巡察党组织',
  discipline: '纪委监委',
  organization: '组织部',
  analyst: '数据分析',
  admin: '系统管理',
};

export function mayUse(roles: readonly Role[], path: string): boolean {
  const screens = SCREENS.filter((s) => path === s.path || path.startsWith(`${s.path}/`));
  return screens.length === 0 || screens.some((s) => s.roles.some((role) => roles.includes(role)));
}
