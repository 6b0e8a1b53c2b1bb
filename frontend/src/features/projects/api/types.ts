import type { Role } from '@/lib/roles';

export type Delay =
  | { type: 'fixed'; ms: number }
  | { type: 'uniform'; minMs: number; maxMs: number }
  | { type: 'lognormal'; medianMs: number; sigma: number };

export type Fault = 'http_error' | 'connection_reset' | 'empty_response' | 'malformed_body';

export type ChaosPolicy = {
  delay: Delay | null;
  failureRate: number;
  failureStatus: number;
  failureBody: string | null;
  fault: Fault;
};

export type ProjectSettings = {
  chaosMode: { enabled: boolean; policy: ChaosPolicy | null };
  cors: { allowedOrigins: string[]; allowCredentials: boolean };
  apiKeyRequired: boolean;
  fakerLocale: string;
};

export type Project = {
  id: number;
  orgId: number;
  name: string;
  slug: string;
  description: string | null;
  mockBaseUrl: string;
  settings: ProjectSettings;
  apiKeyIssued: boolean;
  createdAt: string;
};

/** Props every project tab receives. */
export type ProjectTabProps = { projectId: number; role: Role };
