import { endpointFixture } from '@/features/endpoints/testing/render';
import {
  emptyValues,
  fromEndpoint,
  headerRow,
  serverErrorsToForm,
  toEndpointInput,
  validateEndpoint,
} from '@/features/endpoints/endpoint-form-values';
import { toInput } from '@/features/endpoints/api/types';

describe('endpoint form values', () => {
  it('round-trips every field of an endpoint', () => {
    const endpoint = endpointFixture({
      method: 'ANY',
      state: { collection: 'users', action: 'get' },
      chaos: {
        delay: { type: 'lognormal', medianMs: 80, sigma: 0.4 },
        failureRate: 0.2,
        failureStatus: 500,
        failureBody: '{"x":1}',
        fault: 'malformed_body',
      },
    });
    expect(toEndpointInput(fromEndpoint(endpoint), endpoint.version)).toEqual(toInput(endpoint));
  });

  it('sends no chaos and no state when they are switched off', () => {
    const input = toEndpointInput({
      ...emptyValues(),
      chaosEnabled: false,
      stateEnabled: false,
      collection: 'x',
      action: 'list',
    });
    expect(input.chaos).toBeNull();
    expect(input.state).toBeNull();
    expect(input).not.toHaveProperty('version');
  });

  it('accepts the defaults', () => {
    expect(validateEndpoint(emptyValues())).toEqual({});
  });

  it('checks paths, statuses, headers, the chaos policy and state bindings', () => {
    const errors = validateEndpoint({
      ...emptyValues(),
      path: '/users?x=1',
      status: 99,
      priority: 10_001,
      headers: [headerRow('Bad Name', 'v'), headerRow('X-A', 'a'), headerRow('x-a', 'line\nbreak')],
      chaosEnabled: true,
      delayType: 'uniform',
      minMs: 300,
      maxMs: 200,
      failureRate: -0.1,
      failureStatus: 600,
      stateEnabled: true,
      collection: 'users',
      action: 'delete',
    });
    expect(errors).toEqual({
      path: 'The path may not contain a query string (?)',
      status: 'Status must be a whole number from 100 to 599',
      priority: 'Priority must be a whole number from -10000 to 10000',
      'headers.0.name': expect.stringMatching(/header name/),
      'headers.2.name': 'This header is already set',
      'headers.2.value': 'No line breaks in a header value',
      maxMs: 'Maximum delay must be at least the minimum delay',
      failureRate: 'Failure rate must be from 0 to 1',
      failureStatus: 'Failure status must be a whole number from 100 to 599',
      action: '"delete" addresses one item: the path needs an {id} segment',
    });
  });

  it('does not check the chaos policy while endpoint chaos is off', () => {
    expect(
      validateEndpoint({ ...emptyValues(), chaosEnabled: false, delayType: 'fixed', ms: '', failureRate: 2 }),
    ).toEqual({});
  });

  it('places server field errors at their inputs and keeps the rest', () => {
    const values = { ...emptyValues(), headers: [headerRow('X-Trace', '{{bad')] };
    const { errors, unplaced } = serverErrorsToForm(
      {
        errors: [
          { field: 'chaos.delay.minMs', message: 'must be at most 60000' },
          { field: 'response.headers.x-trace', message: 'unclosed placeholder' },
          { field: 'state.collection', message: 'too long' },
          { field: 'body', message: 'malformed JSON', line: 1, column: 2 },
        ],
      },
      values,
    );
    expect(errors).toEqual({
      minMs: 'must be at most 60000',
      'headers.0.value': 'unclosed placeholder',
      collection: 'too long',
    });
    expect(unplaced).toEqual(['body: malformed JSON']);
  });
});
