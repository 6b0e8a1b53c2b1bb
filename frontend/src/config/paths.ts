/** Every route of the dashboard, so links never spell a path by hand. */
export const paths = {
  login: '/login',
  register: '/register',
  home: '/',
  org: (orgId: number | string) => `/orgs/${orgId}`,
  project: (projectId: number | string, tab?: string) => `/projects/${projectId}${tab ? `/${tab}` : ''}`,
} as const;
