export type CollectionCount = { name: string; count: number };
export type CollectionPage = { name: string; total: number; page: number; size: number; items: unknown[] };

export const stateKey = (projectId: number) => ['projects', projectId, 'state'] as const;
