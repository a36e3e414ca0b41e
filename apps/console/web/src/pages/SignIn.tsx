import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Segmented, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, get, setCsrf, type Principal, type SessionInfo } from '../api';
import { JurisdictionTree } from '../JurisdictionTree';

interface Person {
  principal: Principal;
  name: string;
  title: string;
}

const GROUPS = [
  { value: 'office', label: '巡察办' },
  { value: 'team', label: '巡察组干部' },
  { value: 'inspected', label: '被巡察党组织' },
  { value: 'others', label: '纪委、组织部、分析、管理' },
];

/** Sign-in: the issuer's page in production, or the people of the local data to choose from. */
export default function SignIn() {
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/';
  const mode = useQuery({
    queryKey: ['mode'],
    queryFn: () => get<{ mode: 'oidc' | 'embedded' }>('/console/mode'),
  });
  return (
    <div style={{ maxWidth: 960, margin: '40px auto', padding: '0 16px' }}>
      <main>
        <Typography.Title level={2}>巡察工作平台 · 登录</Typography.Title>
        {mode.data?.mode === 'oidc' && (
          <Card>
            <Button type="primary" href={`/console/login?next=${encodeURIComponent(next)}`}>
              统一身份认证登录
            </Button>
          </Card>
        )}
        {mode.data?.mode === 'embedded' && <EmbeddedSignIn next={next} />}
      </main>
    </div>
  );
}

function EmbeddedSignIn({ next }: { next: string }) {
  const [jurisdiction, setJurisdiction] = useState('611000');
  const [group, setGroup] = useState('office');
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const people = useQuery({
    queryKey: ['people', jurisdiction],
    queryFn: () => get<{ items: Person[] }>(`/console/people?jurisdiction=${jurisdiction}`),
  });
  const shown = useMemo(
    () =>
      (people.data?.items ?? []).filter(
        (p) =>
          (group === 'others'
            ? !['office', 'team', 'inspected'].includes(p.principal.roles[0])
            : p.principal.roles[0] === group) &&
          (!search || p.name.includes(search) || p.title.includes(search)),
      ),
    [people.data, group, search],
  );
  const signIn = async (person: Person) => {
    setError(undefined);
    const response = await fetch('/console/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-xuncha-console': '1' },
      body: JSON.stringify({
        sub: person.principal.sub,
        role: person.principal.roles[0],
        jurisdiction: person.principal.jurisdiction,
        name: person.name,
      }),
    });
    if (!response.ok) {
      setError('登录失败，请重试');
      return;
    }
    const session = await get<SessionInfo>('/console/session');
    setCsrf(session.csrf);
    queryClient.setQueryData(['session'], session);
    navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  };
  return (
    <Card title="本地数据中的人员（仅本地运行时提供，生产环境使用统一身份认证）">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <span id="signin-jurisdiction">所属区划</span>
          <JurisdictionTree
            value={jurisdiction}
            onChange={setJurisdiction}
            aria-labelledby="signin-jurisdiction"
          />
          <Input.Search
            placeholder="按姓名或单位查找"
            aria-label="按姓名或单位查找"
            allowClear
            onSearch={setSearch}
            style={{ width: 260 }}
          />
        </Space>
        <Segmented options={GROUPS} value={group} onChange={(v) => setGroup(String(v))} />
        {error && <Alert type="error" title={error} />}
        {people.error && (
          <Alert type="error" title={`人员列表无法读取：${(people.error as ApiError).message}`} />
        )}
        <Table<Person>
          rowKey={(p) => `${p.principal.roles[0]}|${p.principal.sub}|${p.principal.jurisdiction}`}
          loading={people.isLoading}
          dataSource={shown}
          size="small"
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            { title: '姓名 / 单位', dataIndex: 'name' },
            { title: '身份', dataIndex: 'title' },
            {
              title: '操作',
              key: 'action',
              render: (_, person) => (
                <Button
                  type="link"
                  onClick={() => signIn(person)}
                  aria-label={`以${person.name}登录`}
                >
                  登录
                </Button>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
