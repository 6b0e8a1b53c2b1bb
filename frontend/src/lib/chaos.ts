import { MAX_TEMPLATE_BYTES, numberError, utf8Bytes, wholeNumberError } from '@/lib/field-rules';

/*
 * One chaos policy (README "Chaos"): an endpoint's own `chaos` and a project's chaos mode policy share
 * its shape and rules, and the forms for both edit it through the values and checks here.
 */

export type Delay =
  | { type: 'fixed'; ms: number }
  | { type: 'uniform'; minMs: number; maxMs: number }
  | { type: 'lognormal'; medianMs: number; sigma: number };
export type DelayType = Delay['type'];

export const FAULTS = ['http_error', 'connection_reset', 'empty_response', 'malformed_body'] as const;
export type Fault = (typeof FAULTS)[number];

export type ChaosPolicy = {
  delay: Delay | null;
  failureRate: number;
  failureStatus: number;
  failureBody: string | null;
  fault: Fault;
};

export const MAX_DELAY_MS = 60_000;
export const MAX_SIGMA = 3;

/**
 * A policy flattened so that each input has one field. Numbers are `number | ''` as Mantine's
 * NumberInput gives them: '' is an emptied input, which the checks reject.
 */
export type ChaosFormValues = {
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
};

export type ChaosFormErrors = Partial<Record<keyof ChaosFormValues, string>>;

const DEFAULTS: ChaosFormValues = {
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
};

/** The values showing `policy`; with none, and for the delay kinds it does not use, the defaults. */
export function chaosFormValues(policy: ChaosPolicy | null): ChaosFormValues {
  const delay = policy?.delay;
  return {
    delayType: delay?.type ?? DEFAULTS.delayType,
    ms: delay?.type === 'fixed' ? delay.ms : DEFAULTS.ms,
    minMs: delay?.type === 'uniform' ? delay.minMs : DEFAULTS.minMs,
    maxMs: delay?.type === 'uniform' ? delay.maxMs : DEFAULTS.maxMs,
    medianMs: delay?.type === 'lognormal' ? delay.medianMs : DEFAULTS.medianMs,
    sigma: delay?.type === 'lognormal' ? delay.sigma : DEFAULTS.sigma,
    failureRate: policy?.failureRate ?? DEFAULTS.failureRate,
    failureStatus: policy?.failureStatus ?? DEFAULTS.failureStatus,
    failureBody: policy?.failureBody ?? DEFAULTS.failureBody,
    fault: policy?.fault ?? DEFAULTS.fault,
  };
}

function toDelay(v: ChaosFormValues): Delay | null {
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

/** The policy that checked values describe; an empty failure body is none. */
export function toChaosPolicy(v: ChaosFormValues): ChaosPolicy {
  return {
    delay: toDelay(v),
    failureRate: Number(v.failureRate),
    failureStatus: Number(v.failureStatus),
    failureBody: v.failureBody === '' ? null : v.failureBody,
    fault: v.fault,
  };
}

/** README's chaos rules, checked on the fields in use; keys are fields in error, none when all pass. */
export function chaosErrors(v: ChaosFormValues): ChaosFormErrors {
  const e: ChaosFormErrors = {};
  const delay = (key: 'ms' | 'minMs' | 'maxMs' | 'medianMs', what: string) => {
    e[key] = wholeNumberError(v[key], 0, MAX_DELAY_MS, what);
  };
  if (v.delayType === 'fixed') delay('ms', 'Delay');
  if (v.delayType === 'uniform') {
    delay('minMs', 'Minimum delay');
    delay('maxMs', 'Maximum delay');
    if (!e.minMs && !e.maxMs && Number(v.minMs) > Number(v.maxMs)) {
      e.maxMs = 'Maximum delay must be at least the minimum delay';
    }
  }
  if (v.delayType === 'lognormal') {
    delay('medianMs', 'Median delay');
    e.sigma = numberError(v.sigma, 0, MAX_SIGMA, 'Sigma');
  }
  e.failureRate = numberError(v.failureRate, 0, 1, 'Failure rate');
  e.failureStatus = wholeNumberError(v.failureStatus, 100, 599, 'Failure status');
  if (utf8Bytes(v.failureBody) > MAX_TEMPLATE_BYTES) e.failureBody = 'Failure body may have at most 256 KiB';
  return Object.fromEntries(Object.entries(e).filter(([, message]) => message !== undefined));
}
