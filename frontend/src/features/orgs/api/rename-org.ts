import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys, type Org } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

/** Renames the org (Admin+); its slug, and so its projects' mock URLs, stay as they are. */
export async function renameOrg(orgId: number, input: { name: string }): Promise<Org> {
  return (await api.patch<Org>(`/orgs/${orgId}`, input)).data;
}

export function useRenameOrg(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => renameOrg(orgId, { name }),
    onSuccess: (org) => {
      // The name shows on the org page, in the org list and, from /me, in the project page's breadcrumbs.
      queryClient.setQueryData(orgKeys.one(orgId), org);
      void queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
