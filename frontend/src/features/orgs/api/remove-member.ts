import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export async function removeMember(orgId: number, userId: number): Promise<void> {
  await api.delete(`/orgs/${orgId}/members/${userId}`);
}

export function useRemoveMember(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => removeMember(orgId, userId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      void queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true });
      return queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) });
    },
  });
}
