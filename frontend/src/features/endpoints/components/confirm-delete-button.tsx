import { ActionIcon, Alert, Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '@/lib/api-error';

type Props = { label: string; what: string; onConfirm: () => Promise<unknown> };

/** A delete icon that asks first; the dialog shows progress and a failure until it succeeds. */
export function ConfirmDeleteButton({ label, what, onConfirm }: Props) {
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpened(false);
    setError(null);
  };
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Tooltip label={label}>
        <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => setOpened(true)}>
          🗑
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={label}>
        <Stack>
          <Text>Delete {what}? Mock calls to it stop being answered.</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={pending} onClick={() => void confirm()} data-autofocus>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
