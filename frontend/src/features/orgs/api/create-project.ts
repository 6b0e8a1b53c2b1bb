import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys, type OrgProject } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';

export type CreateProjectInput = { name: string; slug?: string; description?: string };

export async function createProject(orgId: number, input: CreateProjectInput): Promise<OrgProject> {
  return (await api.post<OrgProject>(`/orgs/${orgId}/projects`, input)).data;
}

export function useCreateProject(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProjectInput) => createProject(orgId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.projects(orgId) }),
  });
}
