import { createBrowserRouter } from 'react-router';
import { AppLayout } from '@/app/layout';
import { NotFound } from '@/app/not-found';
import { projectPanels } from '@/app/project-panels';
import { ProtectedRoute } from '@/app/protected-route';
import { paths } from '@/config/paths';
import { LoginPage } from '@/features/auth/components/login-page';
import { RegisterPage } from '@/features/auth/components/register-page';
import { DashboardPage } from '@/features/orgs/components/dashboard-page';
import { OrgPage } from '@/features/orgs/components/org-page';
import { ProjectPage } from '@/features/projects/components/project-page';
import { onSessionExpired } from '@/lib/api-client';

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
          { path: 'projects/:projectId/*', element: <ProjectPage panels={projectPanels} /> },
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
