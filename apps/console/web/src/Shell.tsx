import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { post, whenSignedOut, type SessionInfo } from './api';
import { JurisdictionTree } from './JurisdictionTree';
import { useDivisionNames } from './names';
import { ROLE_NAMES, SCREENS, mayUse } from './roles';
import { ScopeContext, scopeKey, useScope } from './scope';
import { SessionContext, useSessionQuery } from './session';

const { Header, Sider, Content } = Layout;

/** The signed-in frame: who I am, the menu of my role's work, and the page. */
export function Shell() {
  const { data: session, isLoading } = useSessionQuery();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const names = useDivisionNames(session ? [session.principal.jurisdiction] : []);

  useEffect(() => {
    // A lost session: back to sign-in, then here again; the page's drafts stay in sessionStorage.
    whenSignedOut(() => {
      queryClient.setQueryData(['session'], null);
      navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`);
    });
  }, [location, navigate, queryClient]);

  if (isLoading) return <Spin fullscreen />;
  if (!session) {
    return (
      <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} />
    );
  }
  const { principal } = session;
  const screens = SCREENS.filter((s) => s.roles.some((role) => principal.roles.includes(role)))
    // A person of two roles sees a screen once, by the name of the first.
    .filter((s, i, all) => all.findIndex((other) => other.path === s.path) === i);
  const selected = screens.find((s) => location.pathname.startsWith(s.path))?.path ?? '/';
  const signOut = async () => {
    // A session already ended at the gateway (401) is as signed out as this one will be.
    await post('/console/logout', {}).catch(() => undefined);
    queryClient.clear();
    navigate('/signin');
  };

  return (
    <SessionContext.Provider value={session}>
      <ScopeProvider session={session}>
        <Layout style={{ minHeight: '100vh' }}>
          <Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
            <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
              巡察工作平台
            </Typography.Title>
            <div style={{ flex: 1 }} />
            <ScopePicker jurisdiction={principal.jurisdiction} />
            <Space style={{ color: '#fff' }} data-testid="who">
              <span>{session.name}</span>
              <span>·</span>
              <span>{principal.roles.map((role) => ROLE_NAMES[role]).join('、')}</span>
              <span>·</span>
              <span>{names[principal.jurisdiction] ?? principal.jurisdiction}</span>
              <Button size="small" onClick={signOut}>
                退出登录
              </Button>
            </Space>
          </Header>
          <Layout>
            <Sider width={200} theme="light">
              <nav aria-label="功能菜单">
                <Menu
                  mode="inline"
                  selectedKeys={[selected]}
                  items={[
                    { key: '/', label: <Link to="/">首页</Link> },
                    ...screens.map((s) => ({
                      key: s.path,
                      label: <Link to={s.path}>{s.label}</Link>,
                    })),
                  ]}
                />
              </nav>
            </Sider>
            {/* Layout's Content is the page's <main> landmark. */}
            <Content style={{ padding: 24 }}>
              <Suspense fallback={<Spin />}>
                {mayUse(principal.roles, location.pathname) ? (
                  <Outlet />
                ) : (
                  <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />
                )}
              </Suspense>
            </Content>
          </Layout>
        </Layout>
      </ScopeProvider>
    </SessionContext.Provider>
  );
}

function ScopeProvider({ session, children }: { session: SessionInfo; children: ReactNode }) {
  const key = scopeKey(session.principal.sub);
  const [jurisdiction, setScope] = useState(
    () => sessionStorage.getItem(key) ?? session.principal.jurisdiction,
  );
  const setJurisdiction = (code: string) => {
    sessionStorage.setItem(key, code);
    setScope(code);
  };
  return (
    <ScopeContext.Provider value={{ jurisdiction, setJurisdiction }}>
      {children}
    </ScopeContext.Provider>
  );
}

/** For people whose jurisdiction has others below it (a village office reaches only its own). */
function ScopePicker({ jurisdiction }: { jurisdiction: string }) {
  const scope = useScope();
  if (jurisdiction.length === 12) return null;
  return (
    <Space style={{ color: '#fff' }}>
      <span id="scope-label">查看区划</span>
      <JurisdictionTree
        aria-labelledby="scope-label"
        root={jurisdiction}
        value={scope.jurisdiction}
        onChange={scope.setJurisdiction}
        style={{ width: 200 }}
      />
    </Space>
  );
}
