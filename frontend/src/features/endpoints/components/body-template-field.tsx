import { SimpleGrid } from '@mantine/core';
import { TemplateEditor } from '@/features/endpoints/components/template-editor';
import { TemplatePreview } from '@/features/endpoints/components/template-preview';
import { useTemplatePreview } from '@/features/endpoints/hooks/use-template-preview';

type Props = {
  value: string;
  onChange: (value: string) => void;
  contentType?: string;
  error?: string;
  readOnly?: boolean;
};

/** The body template in CodeMirror beside its live preview; a template error marks its line. */
export function BodyTemplateField({ value, onChange, contentType, error, readOnly }: Props) {
  const preview = useTemplatePreview(value, contentType);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <TemplateEditor
        label="Body template"
        description="Type {{Faker. for fake data, {{request.path.id}} for the request, {{#repeat 3}}…{{/repeat}}"
        value={value}
        onChange={onChange}
        readOnly={readOnly}
        error={error}
        errorMark={preview.mark}
      />
      <TemplatePreview preview={preview} />
    </SimpleGrid>
  );
}
