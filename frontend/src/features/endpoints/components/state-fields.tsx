import { Fieldset, NativeSelect, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { STATE_ACTIONS } from '@/features/endpoints/api/types';
import type { EndpointFormValues } from '@/features/endpoints/endpoint-form-values';

type Props = { form: UseFormReturnType<EndpointFormValues>; readOnly?: boolean };

/** Binds the endpoint to a state collection and one of its actions (README "Stateful mocks"). */
export function StateFields({ form, readOnly }: Props) {
  const v = form.getValues();
  return (
    <Fieldset legend="State">
      <Stack gap="sm">
        <Switch
          label="State binding"
          description="Act on a collection of JSON items kept by the engine"
          disabled={readOnly}
          {...form.getInputProps('stateEnabled', { type: 'checkbox' })}
        />
        {v.stateEnabled && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Collection" placeholder="users" {...form.getInputProps('collection')} />
            <NativeSelect
              label="Action"
              description="get, replace, patch and delete need an {id} segment in the path"
              data={[{ value: '', label: 'Choose…' }, ...STATE_ACTIONS.map((a) => ({ value: a, label: a }))]}
              {...form.getInputProps('action')}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
