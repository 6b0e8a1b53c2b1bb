import { Anchor, Badge, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyText } from '@/components/ui/copy-text';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useProject } from '@/features/projects/api/get-project';
import type { ProjectTabProps } from '@/features/projects/api/types';
import { SettingsTab } from '@/features/projects/components/settings-tab';
import { StateTab } from '@/features/projects/components/state-tab';
import { useAuth, useOrgRole } from '@/lib/auth';
import { roleColor, roleLabel } from '@/lib/roles';

export const projectTabs = ['endpoints', 'inspector', 'analytics', 'state', 'settings'] as const;
export type ProjectTab = (typeof projectTabs)[number];

/** The tabs other features own; the app layer hands them in (see src/app/project-panels.tsx). */
export type ProjectPanels = Record<'endpoints' | 'inspector' | 'analytics', ComponentType<ProjectTabProps>>;

/** Other features' actions on the whole project (import, export), shown in the page's header. */
export type ProjectActions = ComponentType<ProjectTabProps>;

const labels: Record<ProjectTab, string> = {
  endpoints: 'Endpoints',
  inspector: 'Live inspector',
  analytics: 'Analytics',
  state: 'State',
  settings: 'Settings',
};

/** /projects/:projectId/:tab? — the tab is part of the URL so it survives reloads and can be linked. */
export function ProjectPage({ panels, actions: Actions }: { panels: ProjectPanels; actions: ProjectActions }) {
  const params = useParams();
  const projectId = Number(params.projectId);
  const tab: ProjectTab = projectTabs.find((t) => t === params['*']?.split('/')[0]) ?? 'endpoints';
  const navigate = useNavigate();
  const project = useProject(projectId);
  const role = useOrgRole(project.data?.orgId);
  const { user } = useAuth();
  const orgName = user?.memberships.find((m) => m.orgId === project.data?.orgId)?.orgName;

  return (
    <QueryState query={project} label="Loading project">
      {(p) => {
        // The server already let us read the project, so we are a member; Viewer until /me says more.
        const tabProps = { projectId: p.id, role: role ?? 'VIEWER' } as const;
        const Endpoints = panels.endpoints;
        const Inspector = panels.inspector;
        const Analytics = panels.analytics;
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={paths.home}>
                Organizations
              </Anchor>
              <Anchor component={Link} to={paths.org(p.orgId)}>
                {orgName ?? 'Organization'}
              </Anchor>
              <Text>{p.name}</Text>
            </Breadcrumbs>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Group gap="xs">
                  <Title order={1} size="h2">
                    {p.name}
                  </Title>
                  {role && <Badge color={roleColor[role]}>{roleLabel[role]}</Badge>}
                  {p.settings.chaosMode.enabled && <Badge color="orange">Chaos mode</Badge>}
                </Group>
                <Text size="sm" c="dimmed">
                  Slug: <b>{p.slug}</b>
                  {p.description ? ` · ${p.description}` : ''}
                </Text>
              </Stack>
              <Stack gap={2} align="flex-end">
                <Text size="xs" c="dimmed">
                  Mock base URL
                </Text>
                <CopyText value={p.mockBaseUrl} label="Copy mock base URL" />
                <Actions {...tabProps} />
              </Stack>
            </Group>
            <Tabs value={tab} onChange={(next) => next && navigate(paths.project(p.id, next))} keepMounted={false}>
              <Tabs.List>
                {projectTabs.map((t) => (
                  <Tabs.Tab key={t} value={t}>
                    {labels[t]}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="endpoints" pt="md">
                <Endpoints {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="inspector" pt="md">
                <Inspector {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="analytics" pt="md">
                <Analytics {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="state" pt="md">
                <StateTab {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="settings" pt="md">
                <SettingsTab {...tabProps} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        );
      }}
    </QueryState>
  );
}
