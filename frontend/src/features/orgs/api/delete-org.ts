import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export async function deleteOrg(orgId: number): Promise<void> {
  await api.delete(`/orgs/${orgId}`);
}

export function useDeleteOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrg,
    onSuccess: (_, orgId) => {
      queryClient.removeQueries({ queryKey: orgKeys.one(orgId) });
      void queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
