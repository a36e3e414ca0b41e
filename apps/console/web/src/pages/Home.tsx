import { Card, Empty, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Role } from '../api';
import { ROLE_NAMES } from '../roles';
import { useSession } from '../session';
import AdminHome from './home/AdminHome';
import AnalystHome from './home/AnalystHome';
import InspectedHome from './home/InspectedHome';
import OfficeHome from './home/OfficeHome';
import RecipientHome from './home/RecipientHome';
import TeamHome from './home/TeamHome';

/**
 * 首页: what waits for this person, role by role (a person may hold several): the office's
 * planning, inspections, clues and cases at its steps; the team's inspections in hand; the
 * inspected organization's rectification; the clues sent to the commission and the
 * organization department and the cases they supervise; the analyst's and the
 * administrator's ways in. Each list oldest first, each entry a link to its record.
 */
export default function Home() {
  const { principal, name } = useSession();
  const has = (role: Role) => principal.roles.includes(role);
  const recipients = (['discipline', 'organization'] as const).filter(has);
  const sections: Array<{ key: string; title: string; body: ReactNode }> = [
    ...(has('office') ? [{ key: 'office', title: ROLE_NAMES.office, body: <OfficeHome /> }] : []),
    ...(has('team') ? [{ key: 'team', title: ROLE_NAMES.team, body: <TeamHome /> }] : []),
    ...(has('inspected')
      ? [{ key: 'inspected', title: ROLE_NAMES.inspected, body: <InspectedHome /> }]
      : []),
    ...(recipients.length > 0
      ? [
          {
            key: 'recipient',
            title: recipients.map((role) => ROLE_NAMES[role]).join('、'),
            body: <RecipientHome roles={recipients} />,
          },
        ]
      : []),
    ...(has('analyst')
      ? [{ key: 'analyst', title: ROLE_NAMES.analyst, body: <AnalystHome /> }]
      : []),
    ...(has('admin') ? [{ key: 'admin', title: ROLE_NAMES.admin, body: <AdminHome /> }] : []),
  ];
  return (
    <>
      <Typography.Title level={3}>您好，{name}</Typography.Title>
      {sections.length === 0 ? (
        <Card title="待办事项（0）">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待办事项" />
        </Card>
      ) : sections.length === 1 ? (
        sections[0].body
      ) : (
        <Space direction="vertical" size={24} style={{ width: '100%' }}>
          {sections.map((section) => (
            <section key={section.key} aria-label={section.title}>
              <Typography.Title level={4}>{section.title}</Typography.Title>
              {section.body}
            </section>
          ))}
        </Space>
      )}
    </>
  );
}
