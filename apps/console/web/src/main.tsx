import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { nameListboxes } from './a11y';
import { Shell } from './Shell';

dayjs.locale('zh-cn');
nameListboxes(document.body);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

// Route-level code splitting: each screen is its own chunk, loaded when opened.
const page = (load: () => Promise<{ default: React.ComponentType }>) => {
  const Component = lazy(load);
  return <Component />;
};

const router = createBrowserRouter([
  { path: '/signin', element: page(() => import('./pages/SignIn')) },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: page(() => import('./pages/Home')) },
      { path: 'targets', element: page(() => import('./pages/Targets')) },
      { path: 'cadres', element: page(() => import('./pages/Cadres')) },
      { path: 'term-plans', element: page(() => import('./pages/TermPlans')) },
      { path: 'rounds', element: page(() => import('./pages/Rounds')) },
      { path: 'deadlines', element: page(() => import('./pages/Deadlines')) },
      { path: 'dossier/:targetId', element: page(() => import('./pages/Dossier')) },
      { path: 'inspections', element: page(() => import('./pages/inspection/InspectionList')) },
      { path: 'inspections/:id', element: page(() => import('./pages/inspection/Workspace')) },
      { path: 'clues', element: page(() => import('./pages/clue/ClueList')) },
      { path: 'clues/:id', element: page(() => import('./pages/clue/ClueRecord')) },
      { path: 'rectification', element: page(() => import('./pages/rectification/CaseList')) },
      {
        path: 'rectification/:id',
        element: page(() => import('./pages/rectification/CaseRecord')),
      },
      { path: '*', element: page(() => import('./pages/Later')) },
    ],
  },
]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      // Without virtual lists every option sits in its listbox (screen readers, axe).
      virtual={false}
      theme={{
        // Text colours darkened to a contrast of at least 4.5:1 on white (WCAG AA).
        token: {
          colorPrimary: '#b71c1c',
          colorLink: '#a31515',
          colorLinkHover: '#7f1010',
          colorPrimaryHover: '#8e1616',
          colorError: '#b3261e',
          colorTextPlaceholder: '#6b6b6b',
          colorTextDescription: '#595959',
          colorTextTertiary: '#595959',
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
