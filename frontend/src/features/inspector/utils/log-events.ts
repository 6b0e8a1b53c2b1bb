import type { RequestLogEvent } from '@/features/inspector/api/types';

/** The most rows the inspector keeps; older ones fall off the end. */
export const MAX_ROWS = 1000;

/**
 * Puts `newer` (newest first) in front of `older`, drops events already present (the history and the
 * stream overlap around the moment the inspector opens) and keeps at most `max`.
 */
export function prependEvents(
  newer: readonly RequestLogEvent[],
  older: readonly RequestLogEvent[],
  max = MAX_ROWS,
): RequestLogEvent[] {
  const seen = new Set<string>();
  const merged: RequestLogEvent[] = [];
  for (const event of [...newer, ...older]) {
    if (merged.length >= max) break;
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    merged.push(event);
  }
  return merged;
}

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx';
export const STATUS_CLASSES: readonly StatusClass[] = ['2xx', '3xx', '4xx', '5xx'];
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export type LogFilters = { method: string; status: string; text: string };
export const NO_FILTERS: LogFilters = { method: '', status: '', text: '' };

/** The path as called, with its query string when there was one. */
export function pathWithQuery(event: RequestLogEvent): string {
  const { path, query } = event.request;
  return query ? `${path}?${query}` : path;
}

export function statusClassOf(status: number): StatusClass | null {
  const cls = `${Math.floor(status / 100)}xx`;
  return (STATUS_CLASSES as readonly string[]).includes(cls) ? (cls as StatusClass) : null;
}

/** Empty filter fields match everything; the text is searched in the path and query, ignoring case. */
export function matchesFilters(event: RequestLogEvent, { method, status, text }: LogFilters): boolean {
  if (method && event.request.method.toUpperCase() !== method) return false;
  if (status && statusClassOf(event.response.status) !== status) return false;
  const needle = text.trim().toLowerCase();
  return !needle || pathWithQuery(event).toLowerCase().includes(needle);
}

/** Mantine colour of a status: green 2xx, blue 3xx, yellow 4xx, red 5xx, grey without an answer. */
export function statusColor(status: number): string {
  const colors: Record<StatusClass, string> = { '2xx': 'green', '3xx': 'blue', '4xx': 'yellow', '5xx': 'red' };
  const cls = statusClassOf(status);
  return cls ? colors[cls] : 'gray';
}

/** "delay 250 ms · connection_reset", or null when chaos left the call alone. */
export function chaosSummary(event: RequestLogEvent): string | null {
  const chaos = event.chaos;
  if (!chaos || (chaos.delayMs <= 0 && !chaos.failed)) return null;
  const parts: string[] = [];
  if (chaos.delayMs > 0) parts.push(`delay ${chaos.delayMs} ms`);
  if (chaos.failed) parts.push(chaos.fault ?? 'failed');
  return parts.join(' · ');
}

/** Local wall-clock time with milliseconds: calls often come in the same second. */
export function formatTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

function headerValue(headers: Record<string, string> | null, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key ? headers?.[key] : undefined;
}

/**
 * A body for reading: indented when it is JSON (by its Content-Type, or because it parses as an object
 * or array), as it came otherwise, e.g. when it was truncated mid-document.
 */
export function prettyBody(body: string | null, headers: Record<string, string> | null): string {
  if (!body) return '';
  const looksJson = /json/i.test(headerValue(headers, 'content-type') ?? '') || /^\s*[[{]/.test(body);
  if (!looksJson) return body;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
