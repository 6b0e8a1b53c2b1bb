import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpointsQueryKey } from '@/features/endpoints/api/list-endpoints';
import type { Endpoint, EndpointReplacement } from '@/features/endpoints/api/types';
import { api } from '@/lib/api-client';
import { ApiError, problemType } from '@/lib/api-error';

/** Replaces an endpoint; `input.version` is the version it was read at, so a stale one answers 409. */
export async function updateEndpoint(
  projectId: number,
  endpointId: number,
  input: EndpointReplacement,
): Promise<Endpoint> {
  return (await api.put<Endpoint>(`/projects/${projectId}/endpoints/${endpointId}`, input)).data;
}

export function useUpdateEndpoint(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: EndpointReplacement }) => updateEndpoint(projectId, id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<Endpoint[]>(endpointsQueryKey(projectId), (list) =>
        list?.map((e) => (e.id === saved.id ? saved : e)),
      );
      return queryClient.invalidateQueries({ queryKey: endpointsQueryKey(projectId) });
    },
  });
}

/** The problem type of a save from a version that is no longer the stored one. */
export const STALE_VERSION_TYPE = problemType('stale-version');

/** A 409 because someone saved the endpoint since it was read (as opposed to a route clash, `conflict`). */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.type === STALE_VERSION_TYPE;
}

export const STALE_VERSION_MESSAGE =
  'This endpoint was changed elsewhere since you loaded it. Reload to get the latest version, then apply your change again.';
