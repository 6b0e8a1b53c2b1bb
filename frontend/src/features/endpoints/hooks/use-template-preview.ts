import { useDebouncedValue } from '@mantine/hooks';
import { usePreviewTemplate } from '@/features/endpoints/api/preview-template';
import type { TemplateErrorMark } from '@/features/endpoints/components/template-editor';
import { ApiError, toApiError } from '@/lib/api-error';

/** The error of a failed preview, with the line and column the server found it at (when it says). */
export function previewErrorMark(error: unknown): NonNullable<TemplateErrorMark> {
  const apiError = toApiError(error);
  const located = apiError instanceof ApiError ? apiError.problem?.errors?.find((e) => e.line != null) : undefined;
  const message = located?.message ?? apiError.problem?.errors?.[0]?.message ?? apiError.message;
  return { line: located?.line ?? 0, column: located?.column, message };
}

/**
 * Renders `template` on the server a moment after the typing stops. `mark` is the error's line for the
 * editor (null while the template renders, or when the error has no line).
 */
export function useTemplatePreview(template: string, contentType?: string, wait = 400) {
  const [key] = useDebouncedValue(JSON.stringify([template, contentType ?? null]), wait);
  const [debouncedTemplate, debouncedType] = JSON.parse(key) as [string, string | null];
  const input = { template: debouncedTemplate, ...(debouncedType ? { contentType: debouncedType } : {}) };
  const enabled = debouncedTemplate.trim() !== '';
  const query = usePreviewTemplate(input, enabled);
  const error = query.isError && enabled ? previewErrorMark(query.error) : null;
  return {
    query,
    enabled,
    settling: key !== JSON.stringify([template, contentType ?? null]),
    error,
    mark: error && error.line > 0 ? error : null,
  };
}
