import { json } from '@codemirror/lang-json';
import { Input } from '@mantine/core';
import CodeMirror, { Decoration, EditorView, type Extension } from '@uiw/react-codemirror';
import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useFakerCatalog, type FakerFunction } from '@/features/endpoints/api/get-faker-catalog';
import { fakerCompletion } from '@/features/endpoints/faker-completion';

export type TemplateErrorMark = { line: number; column?: number; message: string } | null;

const errorTheme = EditorView.theme({
  '.cm-template-error-line': {
    backgroundColor: 'rgba(250, 82, 82, 0.15)',
    outline: '1px solid rgba(250, 82, 82, 0.6)',
  },
});

/** Marks the 1-based `line` of the document (clamped to its length) as the one with the error. */
function errorLineDecoration(mark: TemplateErrorMark): Extension {
  if (!mark) return [];
  return EditorView.decorations.of((view) => {
    const doc = view.state.doc;
    const line = doc.line(Math.min(Math.max(mark.line, 1), doc.lines));
    const deco = Decoration.line({
      class: 'cm-template-error-line',
      attributes: { 'data-error-line': String(mark.line), title: mark.message },
    });
    return Decoration.set([deco.range(line.from)]);
  });
}

// @uiw/react-codemirror reconfigures the whole editor whenever basicSetup or onChange changes identity.
const BASIC_SETUP = { foldGutter: false };

type Props = {
  label: string;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  error?: string;
  description?: string;
  errorMark?: TemplateErrorMark;
  minHeight?: string;
};

/**
 * A template in CodeMirror: JSON highlighting, Faker completion inside `{{Faker.` from the catalog, and
 * the line of a template error marked. Tab moves focus on (keyboard users are not trapped).
 */
export function TemplateEditor({
  label,
  value,
  onChange,
  readOnly,
  error,
  description,
  errorMark,
  minHeight = '160px',
}: Props) {
  const errorId = useId();
  const catalog = useFakerCatalog();
  const catalogRef = useRef<FakerFunction[]>([]);
  const onChangeRef = useRef(onChange);
  // The editor's callbacks read the latest catalog and onChange; refs are written after render, not in it.
  useLayoutEffect(() => {
    catalogRef.current = catalog.data ?? [];
    onChangeRef.current = onChange;
  });
  const handleChange = useCallback((next: string) => onChangeRef.current?.(next), []);

  const base = useMemo<Extension[]>(
    () => [
      json(),
      EditorView.lineWrapping,
      errorTheme,
      // eslint-disable-next-line react-hooks/refs -- CodeMirror calls the getter on completion, not during render
      fakerCompletion(() => catalogRef.current),
    ],
    [],
  );
  const extensions = useMemo<Extension[]>(
    () => [
      ...base,
      EditorView.contentAttributes.of({
        'aria-label': label,
        'aria-multiline': 'true',
        ...(error ? { 'aria-invalid': 'true', 'aria-describedby': errorId } : {}),
      }),
      errorLineDecoration(errorMark ?? null),
    ],
    [base, label, error, errorId, errorMark],
  );

  return (
    <Input.Wrapper
      labelElement="div"
      label={label}
      description={description}
      error={error}
      errorProps={{ id: errorId }}
    >
      <div style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4, overflow: 'hidden' }}>
        <CodeMirror
          value={value}
          onChange={handleChange}
          editable={!readOnly}
          readOnly={readOnly}
          extensions={extensions}
          indentWithTab={false}
          minHeight={minHeight}
          maxHeight="400px"
          basicSetup={BASIC_SETUP}
        />
      </div>
    </Input.Wrapper>
  );
}
