import type { RequestLogEvent } from '@/features/inspector/api/types';
import { chaosSummary, prependEvents, prettyBody, statusColor } from '@/features/inspector/utils/log-events';

const event = (id: string) => ({ id }) as RequestLogEvent;

describe('prependEvents', () => {
  it('puts newer events first, drops repeats and keeps at most the limit', () => {
    const merged = prependEvents([event('c'), event('b')], [event('b'), event('a')], 2);
    expect(merged.map((e) => e.id)).toEqual(['c', 'b']);
  });
});

describe('prettyBody', () => {
  it('indents JSON and leaves text or a truncated document as it came', () => {
    expect(prettyBody('{"a":[1]}', { 'Content-Type': 'application/json' })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyBody('{"a":', { 'content-type': 'application/json' })).toBe('{"a":');
    expect(prettyBody('hello', { 'content-type': 'text/plain' })).toBe('hello');
    expect(prettyBody(null, null)).toBe('');
  });
});

describe('chaosSummary and statusColor', () => {
  it('summarises what chaos did, and colours statuses by class', () => {
    const base = event('x');
    expect(chaosSummary({ ...base, chaos: { delayMs: 0, failed: false, fault: null } })).toBeNull();
    expect(chaosSummary({ ...base, chaos: { delayMs: 0, failed: true, fault: 'connection_reset' } })).toBe(
      'connection_reset',
    );
    expect([200, 301, 404, 503, 0].map(statusColor)).toEqual(['green', 'blue', 'yellow', 'red', 'gray']);
  });
});
