import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useDeleteEndpoint } from '@/features/endpoints/api/delete-endpoint';
import { endpointsQueryOptions, useEndpoints } from '@/features/endpoints/api/list-endpoints';
import { toInput, type Endpoint } from '@/features/endpoints/api/types';
import { isStaleVersion, useUpdateEndpoint } from '@/features/endpoints/api/update-endpoint';
import { EndpointEditor } from '@/features/endpoints/components/endpoint-editor';
import { EndpointsTable } from '@/features/endpoints/components/endpoints-table';
import { ResourceForm } from '@/features/endpoints/components/resource-form';
import { TryIt } from '@/features/endpoints/components/try-it';
import { notifyError, notifySuccess } from '@/lib/notify';
import { atLeast, type Role } from '@/lib/roles';

type Dialog =
  | { kind: 'editor'; endpoint?: Endpoint }
  | { kind: 'resource' }
  | { kind: 'try'; initial?: { method: string; path: string } }
  | null;

/** A route pattern as a first guess at a concrete path: parameters become 1, wildcards x. */
const samplePath = (pattern: string) => pattern.replace(/\{[^/}]+\}/g, '1').replace(/\*\*?/g, 'x');

/** The endpoints of a project: table, editor, CRUD resources and "Try it". Viewers only read. */
export function EndpointsTab({ projectId, role }: { projectId: number; role: Role }) {
  const canEdit = atLeast(role, 'EDITOR');
  const endpoints = useEndpoints(projectId);
  const queryClient = useQueryClient();
  const update = useUpdateEndpoint(projectId);
  const remove = useDeleteEndpoint(projectId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [stale, setStale] = useState<string | null>(null);
  const close = () => setDialog(null);

  const toggle = (endpoint: Endpoint, enabled: boolean) => {
    setStale(null);
    update.mutate(
      { id: endpoint.id, input: { ...toInput(endpoint), enabled } },
      {
        onSuccess: () => notifySuccess(`${endpoint.method} ${endpoint.path} ${enabled ? 'enabled' : 'disabled'}`),
        onError: (error) => {
          if (isStaleVersion(error)) setStale(`${endpoint.method} ${endpoint.path}`);
          else notifyError(error, 'Could not switch the endpoint');
        },
      },
    );
  };

  const reloadOne = async (id: number) => {
    const list = await queryClient.fetchQuery({ ...endpointsQueryOptions(projectId), staleTime: 0 });
    return list.find((e) => e.id === id);
  };

  const newButton = <Button onClick={() => setDialog({ kind: 'editor' })}>New endpoint</Button>;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Endpoints
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setDialog({ kind: 'try' })}>
            Try it
          </Button>
          {canEdit && (
            <>
              <Button variant="light" onClick={() => setDialog({ kind: 'resource' })}>
                Add CRUD resource
              </Button>
              {newButton}
            </>
          )}
        </Group>
      </Group>
      {stale && (
        <Alert color="orange" title="Changed elsewhere" role="alert" withCloseButton onClose={() => setStale(null)}>
          {stale} was changed elsewhere since this list was loaded, so the switch was not saved. Reload the list and try
          again.{' '}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              setStale(null);
              void endpoints.refetch();
            }}
          >
            Reload
          </Button>
        </Alert>
      )}
      <QueryState query={endpoints} label="Loading endpoints">
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              title="No endpoints yet"
              hint={
                canEdit
                  ? 'Add an endpoint, or a CRUD resource that creates six stateful endpoints at once.'
                  : 'An Editor of this organization can add endpoints.'
              }
              action={canEdit ? newButton : undefined}
            />
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {list.length} endpoint{list.length === 1 ? '' : 's'}
              </Text>
              <EndpointsTable
                endpoints={list}
                canEdit={canEdit}
                togglingId={update.isPending ? update.variables?.id : undefined}
                onOpen={(endpoint) => setDialog({ kind: 'editor', endpoint })}
                onToggle={toggle}
                onDelete={(endpoint) => remove.mutateAsync(endpoint.id)}
                onTry={(e) => setDialog({ kind: 'try', initial: { method: e.method, path: samplePath(e.path) } })}
              />
            </>
          )
        }
      </QueryState>
      {dialog?.kind === 'editor' && (
        <EndpointEditor
          key={dialog.endpoint?.id ?? 'new'}
          projectId={projectId}
          endpoint={dialog.endpoint}
          readOnly={!canEdit}
          onClose={close}
          reload={() => reloadOne(dialog.endpoint?.id ?? -1)}
        />
      )}
      {dialog?.kind === 'resource' && <ResourceForm projectId={projectId} onClose={close} />}
      {dialog?.kind === 'try' && <TryIt projectId={projectId} initial={dialog.initial} onClose={close} />}
    </Stack>
  );
}
