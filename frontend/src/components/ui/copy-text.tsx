import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';

const copyIcon = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15V5a2 2 0 0 1 2-2h10" />
  </svg>
);
const checkIcon = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M5 12l5 5 9-10" />
  </svg>
);

/** A value in monospace with a button that copies it. */
export function CopyText({ value, label = 'Copy' }: { value: string; label?: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : label} withArrow>
            <ActionIcon variant="subtle" aria-label={label} onClick={copy} color={copied ? 'teal' : 'gray'}>
              {copied ? checkIcon : copyIcon}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
