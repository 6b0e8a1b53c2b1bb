import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Project } from '@/features/projects/api/types';
import { api } from '@/lib/api-client';

export async function getProject(projectId: number): Promise<Project> {
  return (await api.get<Project>(`/projects/${projectId}`)).data;
}

export const projectQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: ['projects', projectId], queryFn: () => getProject(projectId) });

export function useProject(projectId: number) {
  return useQuery(projectQueryOptions(projectId));
}
