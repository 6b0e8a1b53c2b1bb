import { chaosErrors, chaosFormValues, toChaosPolicy, type ChaosFormValues, type ChaosPolicy } from '@/lib/chaos';

const policy = (overrides: Partial<ChaosPolicy> = {}): ChaosPolicy => ({
  delay: null,
  failureRate: 0.2,
  failureStatus: 500,
  failureBody: '{"x":1}',
  fault: 'malformed_body',
  ...overrides,
});

const values = (overrides: Partial<ChaosFormValues> = {}): ChaosFormValues => ({
  ...chaosFormValues(null),
  ...overrides,
});

describe('chaos policy form values', () => {
  it.each([
    ['no delay', null],
    ['a fixed delay', { type: 'fixed', ms: 300 }],
    ['a uniform delay', { type: 'uniform', minMs: 50, maxMs: 250 }],
    ['a log-normal delay', { type: 'lognormal', medianMs: 80, sigma: 0.4 }],
  ] as const)('round-trips a policy with %s', (_, delay) => {
    const p = policy({ delay });
    expect(toChaosPolicy(chaosFormValues(p))).toEqual(p);
  });

  it('starts from the defaults without a policy, and keeps them for delay kinds the policy does not use', () => {
    expect(chaosFormValues(null)).toEqual({
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
    });
    expect(chaosFormValues(policy({ delay: { type: 'fixed', ms: 300 } }))).toMatchObject({
      delayType: 'fixed',
      ms: 300,
      minMs: 50,
      maxMs: 250,
      medianMs: 100,
      sigma: 0.5,
    });
  });

  it('sends an emptied failure body as none', () => {
    expect(toChaosPolicy(values({ failureBody: '' })).failureBody).toBeNull();
  });
});

describe('chaos policy checks', () => {
  it.each(['none', 'fixed', 'uniform', 'lognormal'] as const)('accepts the defaults with delay %s', (delayType) => {
    expect(chaosErrors(values({ delayType }))).toEqual({});
  });

  it('accepts the bounds of every range', () => {
    expect(chaosErrors(values({ delayType: 'fixed', ms: 0, failureRate: 1, failureStatus: 100 }))).toEqual({});
    expect(
      chaosErrors(values({ delayType: 'uniform', minMs: 60_000, maxMs: 60_000, failureRate: 0, failureStatus: 599 })),
    ).toEqual({});
    expect(chaosErrors(values({ delayType: 'lognormal', medianMs: 0, sigma: 3 }))).toEqual({});
    expect(chaosErrors(values({ delayType: 'lognormal', sigma: 0 }))).toEqual({});
  });

  it('wants every delay a whole number of milliseconds from 0 to 60000', () => {
    expect(chaosErrors(values({ delayType: 'fixed', ms: 60_001 }))).toEqual({
      ms: 'Delay must be a whole number from 0 to 60000',
    });
    expect(chaosErrors(values({ delayType: 'fixed', ms: 2.5 }))).toEqual({
      ms: 'Delay must be a whole number from 0 to 60000',
    });
    expect(chaosErrors(values({ delayType: 'fixed', ms: '' }))).toEqual({ ms: 'Delay is required' });
    expect(chaosErrors(values({ delayType: 'uniform', minMs: -1, maxMs: '' }))).toEqual({
      minMs: 'Minimum delay must be a whole number from 0 to 60000',
      maxMs: 'Maximum delay is required',
    });
    expect(chaosErrors(values({ delayType: 'lognormal', medianMs: 60_001 }))).toEqual({
      medianMs: 'Median delay must be a whole number from 0 to 60000',
    });
  });

  it('wants the maximum delay at least the minimum', () => {
    expect(chaosErrors(values({ delayType: 'uniform', minMs: 300, maxMs: 200 }))).toEqual({
      maxMs: 'Maximum delay must be at least the minimum delay',
    });
    expect(chaosErrors(values({ delayType: 'uniform', minMs: 200, maxMs: 200 }))).toEqual({});
  });

  it('wants sigma from 0 to 3', () => {
    expect(chaosErrors(values({ delayType: 'lognormal', sigma: 3.01 }))).toEqual({
      sigma: 'Sigma must be from 0 to 3',
    });
    expect(chaosErrors(values({ delayType: 'lognormal', sigma: -0.1 }))).toEqual({
      sigma: 'Sigma must be from 0 to 3',
    });
    expect(chaosErrors(values({ delayType: 'lognormal', sigma: '' }))).toEqual({ sigma: 'Sigma is required' });
  });

  it('checks only the fields of the chosen delay kind', () => {
    const emptied = { ms: '', minMs: '', maxMs: '', medianMs: '', sigma: '' } as const;
    expect(chaosErrors(values({ ...emptied, delayType: 'none' }))).toEqual({});
    expect(Object.keys(chaosErrors(values({ ...emptied, delayType: 'fixed' })))).toEqual(['ms']);
  });

  it('wants a failure rate from 0 to 1 and a whole failure status from 100 to 599', () => {
    expect(chaosErrors(values({ failureRate: -0.1, failureStatus: 600 }))).toEqual({
      failureRate: 'Failure rate must be from 0 to 1',
      failureStatus: 'Failure status must be a whole number from 100 to 599',
    });
    expect(chaosErrors(values({ failureRate: 1.5, failureStatus: 503.5 }))).toEqual({
      failureRate: 'Failure rate must be from 0 to 1',
      failureStatus: 'Failure status must be a whole number from 100 to 599',
    });
    expect(chaosErrors(values({ failureRate: '', failureStatus: '' }))).toEqual({
      failureRate: 'Failure rate is required',
      failureStatus: 'Failure status is required',
    });
  });

  it('allows a failure body of at most 256 KiB of UTF-8', () => {
    expect(chaosErrors(values({ failureBody: 'x'.repeat(262_144) }))).toEqual({});
    expect(chaosErrors(values({ failureBody: 'é'.repeat(131_073) }))).toEqual({
      failureBody: 'Failure body may have at most 256 KiB',
    });
  });
});
