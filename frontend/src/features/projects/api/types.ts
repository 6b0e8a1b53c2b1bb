import type { ChaosPolicy } from '@/lib/chaos';
import type { Role } from '@/lib/roles';

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
