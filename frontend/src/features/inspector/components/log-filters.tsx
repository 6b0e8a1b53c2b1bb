import { Group, NativeSelect, TextInput } from '@mantine/core';
import { METHODS, STATUS_CLASSES, type LogFilters as Filters } from '@/features/inspector/utils/log-events';

const methodOptions = [{ value: '', label: 'Any method' }, ...METHODS.map((m) => ({ value: m, label: m }))];
const statusOptions = [{ value: '', label: 'Any status' }, ...STATUS_CLASSES.map((c) => ({ value: c, label: c }))];

/** Method, status class and path text; native selects, so keyboard and browser automation just work. */
export function LogFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  return (
    <Group align="flex-end" gap="sm">
      <NativeSelect
        label="Method"
        data={methodOptions}
        value={value.method}
        onChange={(e) => onChange({ ...value, method: e.currentTarget.value })}
        w={140}
      />
      <NativeSelect
        label="Status"
        data={statusOptions}
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.currentTarget.value })}
        w={130}
      />
      <TextInput
        label="Search path"
        placeholder="/users"
        type="search"
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
        w={240}
      />
    </Group>
  );
}
