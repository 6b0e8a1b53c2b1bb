import { Badge } from '@mantine/core';

const methodColors: Record<string, string> = {
  GET: 'blue',
  POST: 'teal',
  PUT: 'orange',
  PATCH: 'yellow',
  DELETE: 'red',
  HEAD: 'gray',
  OPTIONS: 'gray',
  ANY: 'grape',
};

/** An HTTP method in its colour, wherever endpoints are listed. */
export function MethodBadge({ method }: { method: string }) {
  return (
    <Badge color={methodColors[method] ?? 'gray'} variant="light" ff="monospace">
      {method}
    </Badge>
  );
}
