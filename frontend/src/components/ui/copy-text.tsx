import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';

/** A value in monospace with a button that copies it. */
export function CopyText({ value, label = 'Copy' }: { value: string; label?: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : label} withArrow>
            <ActionIcon variant="subtle" aria-label={label} onClick={copy} color={copied ? 'teal' : 'gray'}>
              {copied ? '✓' : '⧉'}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
