import { createBrowserRouter } from 'react-router';
import { AppLayout } from '@/app/layout';
import { lazyComponent } from '@/app/lazy-component';
import { NotFound } from '@/app/not-found';
import { projectActions, projectPanels } from '@/app/project-panels';
import { ProtectedRoute } from '@/app/protected-route';
import { paths } from '@/config/paths';
import { onSessionExpired } from '@/lib/api-client';

// Each page is a chunk of its own, loaded when first visited.
const LoginPage = lazyComponent(
  () => import('@/features/auth/components/login-page').then((m) => m.LoginPage),
  'Loading page',
);
const RegisterPage = lazyComponent(
  () => import('@/features/auth/components/register-page').then((m) => m.RegisterPage),
  'Loading page',
);
const DashboardPage = lazyComponent(
  () => import('@/features/orgs/components/dashboard-page').then((m) => m.DashboardPage),
  'Loading page',
);
const OrgPage = lazyComponent(
  () => import('@/features/orgs/components/org-page').then((m) => m.OrgPage),
  'Loading page',
);
const ProjectPage = lazyComponent(
  () => import('@/features/projects/components/project-page').then((m) => m.ProjectPage),
  'Loading page',
);

export const routes = [
  { path: paths.login, element: <LoginPage /> },
  { path: paths.register, element: <RegisterPage /> },
  {
    element: <ProtectedRoute />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'orgs/:orgId', element: <OrgPage /> },
          { path: 'projects/:projectId/*', element: <ProjectPage panels={projectPanels} actions={projectActions} /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);

// A failed refresh clears the tokens (ProtectedRoute then redirects); navigate without a reload.
onSessionExpired(() => {
  void router.navigate(paths.login, { replace: true });
});
