import type { ImportFormat } from '@/features/transfer/api/types';

/** A zip starts with a local file header, or with the end record when it is empty. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

type Shape = { keys: Set<string>; mappingsList: boolean };

const yamlTopLevelKey = /^(["']?)([A-Za-z_$][\w$.-]*)\1[ \t]*:(?:[ \t]|$)/;

/** The top-level keys of a JSON or YAML document; a JSON array counts as mappings when it holds request/response pairs. */
function shapeOf(text: string): Shape {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (Array.isArray(value)) return { keys: new Set(), mappingsList: value.some(isMapping) };
      if (value && typeof value === 'object') return { keys: new Set(Object.keys(value)), mappingsList: false };
    } catch {
      // Not JSON after all (or broken JSON): read what a YAML reader would see at the top level.
    }
  }
  const keys = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const key = line.match(yamlTopLevelKey)?.[2];
    if (key) keys.add(key);
  }
  return { keys, mappingsList: false };
}

function isMapping(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'request' in value && 'response' in value;
}

/**
 * The import format a file most likely is, from its name and content, or null when nothing tells.
 * A zip is a folder of WireMock mappings; otherwise the document's top-level keys decide.
 */
export function detectFormat(name: string, content: string | Uint8Array): ImportFormat | null {
  if (/\.zip$/i.test(name) || (typeof content !== 'string' && isZip(content))) return 'wiremock';
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const { keys, mappingsList } = shapeOf(text);
  if (keys.has('openapi') || keys.has('swagger')) return 'openapi';
  if (keys.has('version') && keys.has('endpoints')) return 'yaml';
  if (mappingsList || keys.has('mappings') || (keys.has('request') && keys.has('response'))) return 'wiremock';
  if (keys.has('routes') && (keys.has('uuid') || keys.has('lastMigration'))) return 'mockoon';
  return null;
}
