import { isStaleVersion } from '@/features/endpoints/api/update-endpoint';
import { ApiError } from '@/lib/api-error';

describe('isStaleVersion', () => {
  it('is the stale-version problem type, whatever its text says', () => {
    expect(
      isStaleVersion(
        new ApiError('Someone else changed this resource', 409, { type: 'urn:mockapi:problem:stale-version' }),
      ),
    ).toBe(true);
  });

  it('is not another 409, even one whose text mentions a version', () => {
    const clash = new ApiError('GET /users is already defined by endpoint 3 (version 2)', 409, {
      type: 'urn:mockapi:problem:conflict',
    });

    expect(isStaleVersion(clash)).toBe(false);
    expect(isStaleVersion(new ApiError('version 4, you sent 3', 409))).toBe(false);
    expect(isStaleVersion(new Error('stale-version'))).toBe(false);
  });
});
