import { Alert, Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { toApiError } from '@/lib/api-error';

type Props = ButtonProps & {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  /** Runs on confirmation; the dialog stays open with the error if it throws. */
  onConfirm: () => Promise<unknown>;
  'aria-label'?: string;
};

/** A button that asks before it acts: confirm shows a loader while running and the error if it fails. */
export function ConfirmButton({ children, title, message, confirmLabel = 'Delete', onConfirm, ...button }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setRunning(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <Button color="red" variant="light" size="xs" {...button} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={running}>
              Cancel
            </Button>
            <Button color="red" onClick={confirm} loading={running}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
