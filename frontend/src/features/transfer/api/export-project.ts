import { useMutation } from '@tanstack/react-query';
import type { AxiosResponseHeaders, RawAxiosResponseHeaders } from 'axios';
import type { ExportFormat } from '@/features/transfer/api/types';
import { api } from '@/lib/api-client';

const extension: Record<ExportFormat, string> = { yaml: 'yaml', openapi: 'openapi.json' };

/** The file name a Content-Disposition header gives (`filename*` first, as RFC 6266 says), else `fallback`. */
export function fileNameOf(disposition: string | undefined | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*\s*=\s*[^']*'[^']*'([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded.trim());
  const plain = disposition?.match(/filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name || fallback;
}

function saveFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Downloads the project as `format` and saves it under the server's file name. The document is read as
 * text (both formats are text) so that a failure's problem JSON stays readable, which a blob would not be.
 */
export async function exportProject(projectId: number, format: ExportFormat): Promise<string> {
  const response = await api.get<string>(`/projects/${projectId}/export`, {
    params: { format },
    responseType: 'text',
    transformResponse: (data: unknown, headers: AxiosResponseHeaders | RawAxiosResponseHeaders) =>
      typeof data === 'string' && String(headers['content-type'] ?? '').includes('problem+json')
        ? JSON.parse(data)
        : data,
  });
  const type = String(response.headers['content-type'] ?? 'application/octet-stream');
  const name = fileNameOf(response.headers['content-disposition'], `project-${projectId}.${extension[format]}`);
  saveFile(name, new Blob([response.data], { type }));
  return name;
}

export function useExportProject(projectId: number) {
  return useMutation({ mutationFn: (format: ExportFormat) => exportProject(projectId, format) });
}
