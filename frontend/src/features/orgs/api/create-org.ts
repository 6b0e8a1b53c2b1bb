import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys, type Org } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export async function createOrg(input: { name: string }): Promise<Org> {
  return (await api.post<Org>('/orgs', input)).data;
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrg,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
