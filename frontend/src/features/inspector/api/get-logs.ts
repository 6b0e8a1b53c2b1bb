import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { api } from '@/lib/api-client';

/** How many past events the inspector loads when it opens. */
export const HISTORY_LIMIT = 200;

/** The project's most recent request-log events, newest first. */
export async function getLogs(projectId: number, limit = HISTORY_LIMIT): Promise<RequestLogEvent[]> {
  return (await api.get<RequestLogEvent[]>(`/projects/${projectId}/logs`, { params: { limit } })).data;
}

export const logsQueryOptions = (projectId: number) =>
  queryOptions({
    queryKey: ['projects', projectId, 'logs'],
    queryFn: () => getLogs(projectId),
    // Reopening the inspector must show what happened meanwhile, not what was cached.
    staleTime: 0,
  });

export function useLogs(projectId: number) {
  return useQuery(logsQueryOptions(projectId));
}
