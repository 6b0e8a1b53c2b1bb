import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys, type Member } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import type { Role } from '@/lib/roles';

export async function updateMemberRole(orgId: number, userId: number, role: Role): Promise<Member> {
  return (await api.patch<Member>(`/orgs/${orgId}/members/${userId}`, { role })).data;
}

export function useUpdateMemberRole(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: number; role: Role }) => updateMemberRole(orgId, userId, role),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      void queryClient.invalidateQueries({ queryKey: orgKeys.one(orgId) });
      return queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) });
    },
  });
}
