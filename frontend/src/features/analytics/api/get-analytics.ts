import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Analytics, AnalyticsWindow } from '@/features/analytics/api/types';
import { api } from '@/lib/api-client';

/** The engine flushes counts every 5 s; twice a minute is fresh enough for a dashboard. */
export const ANALYTICS_REFETCH_MS = 30_000;

export async function getAnalytics(projectId: number, window: AnalyticsWindow): Promise<Analytics> {
  return (await api.get<Analytics>(`/projects/${projectId}/analytics`, { params: { window } })).data;
}

export const analyticsQueryOptions = (projectId: number, window: AnalyticsWindow) =>
  queryOptions({
    queryKey: ['projects', projectId, 'analytics', window],
    queryFn: () => getAnalytics(projectId, window),
    refetchInterval: ANALYTICS_REFETCH_MS,
  });

/** Keeps showing the previous window while another one loads. */
export function useAnalytics(projectId: number, window: AnalyticsWindow) {
  return useQuery({ ...analyticsQueryOptions(projectId, window), placeholderData: keepPreviousData });
}
