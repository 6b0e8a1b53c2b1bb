import { Badge, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { MessageDetails } from '@/features/inspector/components/message-details';
import { chaosSummary, pathWithQuery, statusColor } from '@/features/inspector/utils/log-events';

/** Everything logged about one call. Closes with Escape or the close button; focus returns to the row. */
export function LogDetailDrawer({ event, onClose }: { event: RequestLogEvent | null; onClose: () => void }) {
  const chaos = event && chaosSummary(event);
  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={event ? `${event.request.method} ${pathWithQuery(event)}` : ''}
      closeButtonProps={{ 'aria-label': 'Close details' }}
    >
      {event && (
        <Stack>
          <Group gap="xs">
            <Badge color={statusColor(event.response.status)} variant="light">
              {event.response.status === 0 ? 'No response' : event.response.status}
            </Badge>
            <Text size="sm">{event.durationMs} ms</Text>
            <Text size="sm" c="dimmed">
              {new Date(event.timestamp).toLocaleString()}
            </Text>
            {event.matched ? (
              <Text size="sm" c="dimmed">
                Endpoint #{event.endpointId}
              </Text>
            ) : (
              <Badge color="gray" variant="outline">
                Unmatched
              </Badge>
            )}
            {chaos && (
              <Badge color="orange" variant="light" tt="none">
                Chaos: {chaos}
              </Badge>
            )}
          </Group>
          <MessageDetails title="Request" {...event.request} />
          <Divider />
          <MessageDetails title="Response" {...event.response} />
        </Stack>
      )}
    </Drawer>
  );
}
