import { randomId } from '@mantine/hooks';
import type {
  ChaosSpec,
  Delay,
  DelayType,
  Endpoint,
  EndpointInput,
  Fault,
  HttpMethod,
  StateAction,
} from '@/features/endpoints/api/types';
import { HTTP_METHODS } from '@/features/endpoints/api/types';
import type { Problem } from '@/lib/api-error';

/** The editor's values: the endpoint contract flattened so that each input has one field. */
export type EndpointFormValues = {
  method: HttpMethod;
  path: string;
  description: string;
  enabled: boolean;
  priority: number | '';
  status: number | '';
  headers: { key: string; name: string; value: string }[];
  body: string;
  chaosEnabled: boolean;
  delayType: 'none' | DelayType;
  ms: number | '';
  minMs: number | '';
  maxMs: number | '';
  medianMs: number | '';
  sigma: number | '';
  failureRate: number | '';
  failureStatus: number | '';
  failureBody: string;
  fault: Fault;
  stateEnabled: boolean;
  collection: string;
  action: StateAction | '';
};

export type FormErrors = Partial<Record<string, string>>;

export const headerRow = (name = '', value = '') => ({ key: randomId(), name, value });

export function emptyValues(): EndpointFormValues {
  return {
    method: 'GET',
    path: '/',
    description: '',
    enabled: true,
    priority: 0,
    status: 200,
    headers: [headerRow('Content-Type', 'application/json')],
    body: '',
    chaosEnabled: false,
    delayType: 'none',
    ms: 250,
    minMs: 50,
    maxMs: 250,
    medianMs: 100,
    sigma: 0.5,
    failureRate: 0,
    failureStatus: 503,
    failureBody: '',
    fault: 'http_error',
    stateEnabled: false,
    collection: '',
    action: '',
  };
}

export function fromEndpoint(endpoint: Endpoint): EndpointFormValues {
  const base = emptyValues();
  const { chaos, state } = endpoint;
  const delay = chaos?.delay;
  return {
    ...base,
    method: endpoint.method,
    path: endpoint.path,
    description: endpoint.description ?? '',
    enabled: endpoint.enabled,
    priority: endpoint.priority,
    status: endpoint.response.status,
    headers: Object.entries(endpoint.response.headers ?? {}).map(([name, value]) => headerRow(name, value)),
    body: endpoint.response.body ?? '',
    chaosEnabled: chaos != null,
    delayType: delay?.type ?? 'none',
    ms: delay?.type === 'fixed' ? delay.ms : base.ms,
    minMs: delay?.type === 'uniform' ? delay.minMs : base.minMs,
    maxMs: delay?.type === 'uniform' ? delay.maxMs : base.maxMs,
    medianMs: delay?.type === 'lognormal' ? delay.medianMs : base.medianMs,
    sigma: delay?.type === 'lognormal' ? delay.sigma : base.sigma,
    failureRate: chaos?.failureRate ?? base.failureRate,
    failureStatus: chaos?.failureStatus ?? base.failureStatus,
    failureBody: chaos?.failureBody ?? '',
    fault: chaos?.fault ?? base.fault,
    stateEnabled: state != null,
    collection: state?.collection ?? '',
    action: state?.action ?? '',
  };
}

function delayOf(v: EndpointFormValues): Delay | null {
  switch (v.delayType) {
    case 'fixed':
      return { type: 'fixed', ms: Number(v.ms) };
    case 'uniform':
      return { type: 'uniform', minMs: Number(v.minMs), maxMs: Number(v.maxMs) };
    case 'lognormal':
      return { type: 'lognormal', medianMs: Number(v.medianMs), sigma: Number(v.sigma) };
    default:
      return null;
  }
}

/** The request body for POST (or PUT, with `version`) from validated values. */
export function toEndpointInput(v: EndpointFormValues, version?: number): EndpointInput {
  const chaos: ChaosSpec | null = v.chaosEnabled
    ? {
        delay: delayOf(v),
        failureRate: Number(v.failureRate),
        failureStatus: Number(v.failureStatus),
        failureBody: v.failureBody === '' ? null : v.failureBody,
        fault: v.fault,
      }
    : null;
  return {
    method: v.method,
    path: v.path.trim(),
    description: v.description.trim() === '' ? null : v.description,
    enabled: v.enabled,
    priority: Number(v.priority),
    response: {
      status: Number(v.status),
      headers: Object.fromEntries(v.headers.map((h) => [h.name.trim(), h.value])),
      body: v.body,
    },
    chaos,
    state: v.stateEnabled && v.action ? { collection: v.collection.trim(), action: v.action } : null,
    ...(version === undefined ? {} : { version }),
  };
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,256}$/;
const COLLECTION = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_BODY_BYTES = 262_144;
const ONE_ITEM_ACTIONS: StateAction[] = ['get', 'replace', 'patch', 'delete'];

const isInt = (n: number | '') => n !== '' && Number.isInteger(Number(n));
const inRange = (n: number | '', min: number, max: number) => n !== '' && Number(n) >= min && Number(n) <= max;
const bytes = (s: string) => new TextEncoder().encode(s).length;

function intError(n: number | '', min: number, max: number, what: string): string | undefined {
  if (n === '') return `${what} is required`;
  if (!isInt(n) || !inRange(n, min, max)) return `${what} must be a whole number from ${min} to ${max}`;
  return undefined;
}

/** Every rule of README "Endpoint definitions" the browser can check; keys are form paths. */
export function validateEndpoint(v: EndpointFormValues): FormErrors {
  const e: FormErrors = {};
  if (!HTTP_METHODS.includes(v.method)) e.method = 'Choose a method';
  const path = v.path.trim();
  if (!path.startsWith('/')) e.path = "The path must start with '/'";
  else if (path.length > 512) e.path = 'The path may have at most 512 characters';
  else if (path.includes('?')) e.path = 'The path may not contain a query string (?)';
  else if (path.includes('//')) e.path = 'The path may not contain empty segments (//)';
  if (v.description.length > 1000) e.description = 'At most 1 000 characters';
  e.priority = intError(v.priority, -10_000, 10_000, 'Priority');
  e.status = intError(v.status, 100, 599, 'Status');
  validateHeaders(v, e);
  if (bytes(v.body) > MAX_BODY_BYTES) e.body = 'The body template may have at most 256 KiB';
  if (v.chaosEnabled) validateChaos(v, e);
  if (v.stateEnabled) {
    if (!COLLECTION.test(v.collection.trim())) e.collection = '1 to 64 letters, digits, _ or -';
    if (!v.action) e.action = 'Choose an action';
    else if (ONE_ITEM_ACTIONS.includes(v.action) && !/(^|\/)\{id\}(\/|$)/.test(path)) {
      e.action = `"${v.action}" addresses one item: the path needs an {id} segment`;
    }
  }
  return Object.fromEntries(Object.entries(e).filter(([, m]) => m !== undefined));
}

function validateHeaders(v: EndpointFormValues, e: FormErrors) {
  if (v.headers.length > 50) e.headers = 'At most 50 headers';
  const seen = new Set<string>();
  v.headers.forEach((h, i) => {
    const name = h.name.trim();
    if (!HEADER_NAME.test(name)) e[`headers.${i}.name`] = 'A header name: letters, digits and !#$%&\'*+-.^_`|~';
    else if (seen.has(name.toLowerCase())) e[`headers.${i}.name`] = 'This header is already set';
    seen.add(name.toLowerCase());
    if (/[\r\n]/.test(h.value)) e[`headers.${i}.value`] = 'No line breaks in a header value';
    else if (h.value.length > 8192) e[`headers.${i}.value`] = 'At most 8 192 characters';
  });
}

function validateChaos(v: EndpointFormValues, e: FormErrors) {
  const ms = (key: 'ms' | 'minMs' | 'maxMs' | 'medianMs', what: string) => {
    e[key] = intError(v[key], 0, 60_000, what);
  };
  if (v.delayType === 'fixed') ms('ms', 'Delay');
  if (v.delayType === 'uniform') {
    ms('minMs', 'Minimum delay');
    ms('maxMs', 'Maximum delay');
    if (!e.minMs && !e.maxMs && Number(v.minMs) > Number(v.maxMs)) e.maxMs = 'Must be at least the minimum delay';
  }
  if (v.delayType === 'lognormal') {
    ms('medianMs', 'Median delay');
    if (!inRange(v.sigma, 0, 3)) e.sigma = 'Sigma must be from 0 to 3';
  }
  if (!inRange(v.failureRate, 0, 1)) e.failureRate = 'The failure rate must be from 0 to 1';
  e.failureStatus = intError(v.failureStatus, 100, 599, 'Failure status');
  if (bytes(v.failureBody) > MAX_BODY_BYTES) e.failureBody = 'The failure body may have at most 256 KiB';
}

const SERVER_FIELDS: Record<string, string> = {
  'response.status': 'status',
  'response.body': 'body',
  'response.headers': 'headers',
  response: 'body',
  'chaos.delay': 'delayType',
  'chaos.delay.type': 'delayType',
  'chaos.delay.ms': 'ms',
  'chaos.delay.minMs': 'minMs',
  'chaos.delay.maxMs': 'maxMs',
  'chaos.delay.medianMs': 'medianMs',
  'chaos.delay.sigma': 'sigma',
  'chaos.failureRate': 'failureRate',
  'chaos.failureStatus': 'failureStatus',
  'chaos.failureBody': 'failureBody',
  'chaos.fault': 'fault',
  'state.collection': 'collection',
  'state.action': 'action',
  state: 'action',
};

const FORM_FIELDS = new Set(['method', 'path', 'description', 'enabled', 'priority']);

/**
 * Places the server's field errors (JSON paths such as `chaos.delay.minMs` or `response.headers.X-A`)
 * at the editor's inputs; what has no input comes back in `unplaced`.
 */
export function serverErrorsToForm(
  problem: Problem | undefined,
  values: EndpointFormValues,
): { errors: FormErrors; unplaced: string[] } {
  const errors: FormErrors = {};
  const unplaced: string[] = [];
  for (const { field, message } of problem?.errors ?? []) {
    let target: string | undefined = FORM_FIELDS.has(field) ? field : SERVER_FIELDS[field];
    if (!target && field.startsWith('response.headers.')) {
      const name = field.slice('response.headers.'.length).toLowerCase();
      const i = values.headers.findIndex((h) => h.name.trim().toLowerCase() === name);
      if (i >= 0) target = /name/i.test(message) ? `headers.${i}.name` : `headers.${i}.value`;
    }
    if (target) errors[target] = errors[target] ? `${errors[target]}; ${message}` : message;
    else unplaced.push(`${field}: ${message}`);
  }
  return { errors, unplaced };
}
