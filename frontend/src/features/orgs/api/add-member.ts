import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys, type Member } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';
import type { Role } from '@/lib/roles';

export type AddMemberInput = { email: string; role: Role };

export async function addMember(orgId: number, input: AddMemberInput): Promise<Member> {
  return (await api.post<Member>(`/orgs/${orgId}/members`, input)).data;
}

export function useAddMember(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMemberInput) => addMember(orgId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}
