import { Button, CloseButton, Group, Modal, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useImportProject, usePreviewImport, type ImportBody } from '@/features/transfer/api/import-project';
import {
  importFormatLabel,
  type ImportFormat,
  type ImportMode,
  type ImportResult,
} from '@/features/transfer/api/types';
import { FileDrop, readFile } from '@/features/transfer/components/file-drop';
import { ImportError } from '@/features/transfer/components/import-error';
import { countsOf, ImportPreview } from '@/features/transfer/components/import-preview';
import { detectFormat, isZip } from '@/features/transfer/detect-format';
import { notifyError, notifySuccess } from '@/lib/notify';

type Upload = { name: string; size: number; body: ImportBody };

const formats = Object.keys(importFormatLabel) as ImportFormat[];

const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function doneMessage(result: ImportResult): string {
  const left = result.untranslated.length;
  const untranslated = left ? `; ${left} ${left === 1 ? 'part' : 'parts'} not translated` : '';
  return `Imported from ${importFormatLabel[result.format]}: ${countsOf(result)}${untranslated}.`;
}

type Props = { projectId: number; opened: boolean; onClose: () => void };

/**
 * Imports a document into the project: an uploaded file or pasted text, its format detected (and
 * changeable), merged or replacing. "Preview" asks the server for a dry run of exactly these inputs;
 * "Import" then does it for real, so what is confirmed is what was previewed.
 */
export function ImportDialog({ projectId, opened, onClose }: Props) {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [text, setText] = useState('');
  const [detected, setDetected] = useState<ImportFormat | null>(null);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const preview = usePreviewImport(projectId);
  const confirm = useImportProject(projectId);

  const body: ImportBody | null = upload?.body ?? (text.trim() ? text : null);
  const request = body !== null && format ? { format, mode, body } : null;

  /** Any change of the inputs makes an earlier preview (and its error) stale. */
  const changed = () => {
    preview.reset();
    confirm.reset();
  };

  const showDocument = (next: ImportFormat | null) => {
    changed();
    setDetected(next);
    setFormat(next ?? '');
  };

  const pick = async (file: File) => {
    try {
      const buffer = await readFile(file);
      const bytes = new Uint8Array(buffer);
      const zip = isZip(bytes) || /\.zip$/i.test(file.name);
      const content = zip ? buffer : new TextDecoder().decode(bytes);
      setUpload({ name: file.name, size: file.size, body: content });
      showDocument(detectFormat(file.name, zip ? bytes : (content as string)));
    } catch (error) {
      notifyError(error, 'Could not read the file');
    }
  };

  const paste = (value: string) => {
    setText(value);
    showDocument(detectFormat('', value));
  };

  const close = () => {
    setUpload(null);
    setText('');
    setDetected(null);
    setFormat('');
    setMode('merge');
    changed();
    onClose();
  };

  const runImport = () => {
    if (!request) return;
    confirm.mutate(request, {
      onSuccess: (result) => {
        notifySuccess(doneMessage(result));
        close();
      },
    });
  };

  const error = confirm.error ?? preview.error;
  const formatHint = !body
    ? undefined
    : detected
      ? `Detected: ${importFormatLabel[detected]}`
      : 'The format could not be detected: choose it.';

  return (
    <Modal opened={opened} onClose={close} title="Import a document" size="xl">
      <Stack>
        {upload ? (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              File: <b>{upload.name}</b> ({sizeText(upload.size)})
            </Text>
            <CloseButton
              aria-label="Remove the file"
              onClick={() => {
                setUpload(null);
                showDocument(text.trim() ? detectFormat('', text) : null);
              }}
            />
          </Group>
        ) : (
          <>
            <FileDrop onFile={pick} />
            <Textarea
              label="Or paste the document"
              placeholder="openapi: 3.1.0 …"
              autosize
              minRows={4}
              maxRows={12}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={text}
              onChange={(event) => paste(event.currentTarget.value)}
            />
          </>
        )}
        <Group grow align="flex-start">
          <NativeSelect
            label="Format"
            description={formatHint}
            value={format}
            onChange={(event) => {
              changed();
              setFormat(event.currentTarget.value as ImportFormat | '');
            }}
            data={[
              { value: '', label: 'Choose a format', disabled: true },
              ...formats.map((f) => ({ value: f, label: importFormatLabel[f] })),
            ]}
          />
          <Radio.Group
            label="Mode"
            value={mode}
            onChange={(value) => {
              changed();
              setMode(value as ImportMode);
            }}
          >
            <Stack gap={6} mt={6}>
              <Radio
                value="merge"
                label="Merge"
                description="Creates or replaces the document's endpoints; keeps the others"
              />
              <Radio
                value="replace"
                label="Replace"
                description="The project's endpoints become exactly the document's"
              />
            </Stack>
          </Radio.Group>
        </Group>
        {error && <ImportError error={error} />}
        {preview.data && <ImportPreview result={preview.data} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="light"
            disabled={!request}
            loading={preview.isPending}
            onClick={() => request && preview.mutate(request)}
          >
            Preview
          </Button>
          <Button disabled={!request || !preview.data} loading={confirm.isPending} onClick={runImport}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
