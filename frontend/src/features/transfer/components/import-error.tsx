import { Alert, Code, List, Text } from '@mantine/core';
import { toApiError } from '@/lib/api-error';

/** A failed import or preview: the problem, where in the document it is, and each invalid field. */
export function ImportError({ error }: { error: unknown }) {
  const failure = toApiError(error);
  const problem = failure.problem;
  const errors = problem?.errors ?? [];
  const detail = problem ? problem.detail : failure.message;
  return (
    <Alert color="red" role="alert" title={problem?.title ?? 'The import failed'}>
      {detail && <Text size="sm">{detail}</Text>}
      {problem?.location && (
        <Text size="sm">
          At <Code>{problem.location}</Code>
        </Text>
      )}
      {errors.length > 0 && (
        <List size="sm" spacing={2}>
          {errors.map((e) => (
            <List.Item key={`${e.field} ${e.message}`}>
              <Code>{e.field}</Code> {e.message}
            </List.Item>
          ))}
        </List>
      )}
      {failure.status === 413 && (
        <Text size="sm">The server refuses documents over its import limit (10 MB unless configured otherwise).</Text>
      )}
    </Alert>
  );
}
