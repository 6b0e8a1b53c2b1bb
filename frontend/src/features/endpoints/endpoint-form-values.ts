import { randomId } from '@mantine/hooks';
import type {
  Endpoint,
  EndpointInput,
  EndpointReplacement,
  HttpMethod,
  StateAction,
} from '@/features/endpoints/api/types';
import { HTTP_METHODS } from '@/features/endpoints/api/types';
import type { Problem } from '@/lib/api-error';
import { chaosErrors, chaosFormValues, toChaosPolicy, type ChaosFormValues } from '@/lib/chaos';
import { MAX_TEMPLATE_BYTES, utf8Bytes, wholeNumberError } from '@/lib/field-rules';

/** The editor's values: the endpoint contract flattened so that each input has one field. */
export type EndpointFormValues = ChaosFormValues & {
  method: HttpMethod;
  path: string;
  description: string;
  enabled: boolean;
  priority: number | '';
  status: number | '';
  headers: { key: string; name: string; value: string }[];
  body: string;
  chaosEnabled: boolean;
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
    ...chaosFormValues(null),
    stateEnabled: false,
    collection: '',
    action: '',
  };
}

export function fromEndpoint(endpoint: Endpoint): EndpointFormValues {
  const { chaos, state } = endpoint;
  return {
    method: endpoint.method,
    path: endpoint.path,
    description: endpoint.description ?? '',
    enabled: endpoint.enabled,
    priority: endpoint.priority,
    status: endpoint.response.status,
    headers: Object.entries(endpoint.response.headers ?? {}).map(([name, value]) => headerRow(name, value)),
    body: endpoint.response.body ?? '',
    chaosEnabled: chaos != null,
    ...chaosFormValues(chaos),
    stateEnabled: state != null,
    collection: state?.collection ?? '',
    action: state?.action ?? '',
  };
}

/** The request body for POST (or PUT, with the `version` it replaces) from validated values. */
export function toEndpointInput(v: EndpointFormValues): EndpointInput;
export function toEndpointInput(v: EndpointFormValues, version: number): EndpointReplacement;
export function toEndpointInput(v: EndpointFormValues, version?: number): EndpointInput | EndpointReplacement {
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
    chaos: v.chaosEnabled ? toChaosPolicy(v) : null,
    state: v.stateEnabled && v.action ? { collection: v.collection.trim(), action: v.action } : null,
    ...(version === undefined ? {} : { version }),
  };
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,256}$/;
const COLLECTION = /^[A-Za-z0-9_-]{1,64}$/;
const ONE_ITEM_ACTIONS: StateAction[] = ['get', 'replace', 'patch', 'delete'];

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
  e.priority = wholeNumberError(v.priority, -10_000, 10_000, 'Priority');
  e.status = wholeNumberError(v.status, 100, 599, 'Status');
  validateHeaders(v, e);
  if (utf8Bytes(v.body) > MAX_TEMPLATE_BYTES) e.body = 'The body template may have at most 256 KiB';
  if (v.chaosEnabled) Object.assign(e, chaosErrors(v));
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
    if (!HEADER_NAME.test(name)) e[`headers.${i}.name`] = "A header name: letters, digits and !#$%&'*+-.^_`|~";
    else if (seen.has(name.toLowerCase())) e[`headers.${i}.name`] = 'This header is already set';
    seen.add(name.toLowerCase());
    if (/[\r\n]/.test(h.value)) e[`headers.${i}.value`] = 'No line breaks in a header value';
    else if (h.value.length > 8192) e[`headers.${i}.value`] = 'At most 8 192 characters';
  });
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
