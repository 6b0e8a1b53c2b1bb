import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportFormat, ImportMode, ImportResult } from '@/features/transfer/api/types';
import { api } from '@/lib/api-client';

/** The document as read: text (YAML or JSON), or the bytes of a zip of WireMock mappings. */
export type ImportBody = string | ArrayBuffer | Blob;

export type ImportRequest = { format: ImportFormat; mode: ImportMode; dryRun: boolean; body: ImportBody };

/** The media type the body is sent as: a zip for bytes, JSON when the text is JSON, else YAML. */
export function contentTypeOf(body: ImportBody): string {
  if (typeof body !== 'string') return 'application/zip';
  return /^\s*[[{]/.test(body) ? 'application/json' : 'application/yaml';
}

/** Imports (or with dryRun, previews importing) a document into the project; the body is sent as is. */
export async function importProject(
  projectId: number,
  { format, mode, dryRun, body }: ImportRequest,
): Promise<ImportResult> {
  const response = await api.post<ImportResult>(`/projects/${projectId}/import`, body, {
    params: { format, mode, dryRun },
    headers: { 'Content-Type': contentTypeOf(body) },
    // Axios would parse and re-serialize a JSON string; the server must see the user's bytes.
    transformRequest: (data: ImportBody) => data,
  });
  return response.data;
}

/** The real import: afterwards everything shown of the project (endpoints, collections, settings) reloads. */
export function useImportProject(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<ImportRequest, 'dryRun'>) => importProject(projectId, { ...request, dryRun: false }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['projects', projectId] }),
  });
}

export function usePreviewImport(projectId: number) {
  return useMutation({
    mutationFn: (request: Omit<ImportRequest, 'dryRun'>) => importProject(projectId, { ...request, dryRun: true }),
  });
}
