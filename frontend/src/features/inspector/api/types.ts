import type { Fault } from '@/lib/chaos';

/**
 * One served mock call, as the history answers it and the relay streams it (README "Request log
 * events"). Status 0 means a fault cut the call off without an answer.
 */
export type RequestLogEvent = {
  id: string;
  timestamp: string;
  projectId: number;
  projectSlug: string;
  endpointId: number | null;
  matched: boolean;
  request: {
    method: string;
    path: string;
    query: string | null;
    headers: Record<string, string> | null;
    body: string | null;
    bodyTruncated: boolean;
  };
  response: {
    status: number;
    headers: Record<string, string> | null;
    body: string | null;
    bodyTruncated: boolean;
  };
  durationMs: number;
  chaos: { delayMs: number; failed: boolean; fault: Fault | null } | null;
};
