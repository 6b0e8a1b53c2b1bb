import { Alert, Button } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from '@/components/ui/loading';
import { toApiError } from '@/lib/api-error';

/**
 * Loading and error states of a query in one place: a loader while pending, a readable error with a
 * retry button on failure, otherwise `children(data)`.
 */
export function QueryState<T>({
  query,
  label = 'Loading',
  children,
}: {
  query: UseQueryResult<T>;
  label?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return <Loading label={label} />;
  }
  if (query.isError) {
    return (
      <Alert color="red" title="Could not load" role="alert">
        {toApiError(query.error).message}{' '}
        <Button variant="subtle" size="compact-sm" onClick={() => void query.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
