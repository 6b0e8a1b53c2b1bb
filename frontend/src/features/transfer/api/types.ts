/** What a project exports as: a MockAPI YAML document or an OpenAPI 3.1 JSON document. */
export type ExportFormat = 'yaml' | 'openapi';

/** What a project imports from (the contract's `format` parameter). */
export type ImportFormat = 'yaml' | 'openapi' | 'wiremock' | 'mockoon';

/** merge keeps the project's other endpoints; replace makes them exactly the document's. */
export type ImportMode = 'merge' | 'replace';

export type Change = 'created' | 'changed' | 'removed' | 'unchanged';

/** The answer to an import, dry run or not: what happens (or happened) to each endpoint and collection. */
export type ImportResult = {
  format: ImportFormat;
  mode: ImportMode;
  dryRun: boolean;
  project: 'changed' | 'unchanged';
  endpoints: { method: string; path: string; change: Change }[];
  collections: { name: string; change: Change }[];
  created: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** The parts of the document with no MockAPI equivalent: where they are and why they were left out. */
  untranslated: { location: string; reason: string }[];
};

export const importFormatLabel: Record<ImportFormat, string> = {
  yaml: 'MockAPI YAML',
  openapi: 'OpenAPI / Swagger',
  wiremock: 'WireMock mappings',
  mockoon: 'Mockoon environment',
};
