import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type PreviewInput = { template: string; contentType?: string; seed?: number };
export type Preview = { output: string; json: boolean };

/** Renders a template as the engine would; an invalid one is a 400 whose error carries line and column. */
export async function previewTemplate(input: PreviewInput): Promise<Preview> {
  return (await api.post<Preview>('/templates/preview', input)).data;
}

export const previewQueryOptions = (input: PreviewInput) =>
  queryOptions({
    queryKey: ['templates', 'preview', input],
    queryFn: () => previewTemplate(input),
    retry: false,
    staleTime: Infinity,
  });

export function usePreviewTemplate(input: PreviewInput, enabled = true) {
  return useQuery({ ...previewQueryOptions(input), enabled, placeholderData: keepPreviousData });
}
