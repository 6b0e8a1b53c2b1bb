import { atLeast } from '@/lib/roles';

describe('atLeast', () => {
  it('ranks Owner over Admin over Editor over Viewer', () => {
    expect(atLeast('OWNER', 'ADMIN')).toBe(true);
    expect(atLeast('ADMIN', 'ADMIN')).toBe(true);
    expect(atLeast('EDITOR', 'ADMIN')).toBe(false);
    expect(atLeast('VIEWER', 'EDITOR')).toBe(false);
    expect(atLeast(undefined, 'VIEWER')).toBe(false);
  });
});
