import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

type ProjectSummary = { id: number; slug: string; mockBaseUrl: string };

/** The project (GET /api/projects/{id}); this feature only needs where the engine serves it. */
export async function getProjectSummary(projectId: number): Promise<ProjectSummary> {
  return (await api.get<ProjectSummary>(`/projects/${projectId}`)).data;
}

// Same key as the project page's own query, so the page's cached project answers without a second call.
export const projectSummaryQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: ['projects', projectId], queryFn: () => getProjectSummary(projectId) });

export function useMockBaseUrl(projectId: number) {
  return useQuery({ ...projectSummaryQueryOptions(projectId), select: (p) => p.mockBaseUrl });
}
