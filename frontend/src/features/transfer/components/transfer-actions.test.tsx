import { useQuery } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TransferActions } from '@/features/transfer/components/transfer-actions';
import {
  malformedImport,
  mockoonJson,
  openApiYaml,
  petstorePreview,
  wireMockZip,
} from '@/features/transfer/testing/samples';
import { api } from '@/lib/api-client';
import type { Role } from '@/lib/roles';
import { fakeApi, type FakeHandler, type FakeReply } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

const me = { id: 1, email: 'me@example.com', displayName: 'Me', memberships: [] };

/** Stands in for the endpoints tab: a list that must reload after an import. */
function EndpointList() {
  const endpoints = useQuery({
    queryKey: ['projects', 7, 'endpoints'],
    queryFn: async () => (await api.get<{ path: string }[]>('/projects/7/endpoints')).data,
  });
  return (
    <ul aria-label="Endpoints">
      {endpoints.data?.map((e) => (
        <li key={e.path}>{e.path}</li>
      ))}
    </ul>
  );
}

function renderActions(
  role: Role,
  importReply: FakeHandler | FakeReply = [200, petstorePreview],
  more: Record<string, FakeReply> = {},
) {
  const fake = fakeApi({
    'GET /me': [200, me],
    'GET /projects/7/endpoints': [200, [{ path: '/pet/{petId}' }]],
    'POST /projects/7/import': importReply,
    ...more,
  });
  renderPage(
    <>
      <TransferActions projectId={7} role={role} />
      <EndpointList />
    </>,
    { signedIn: true },
  );
  return fake;
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Import' }));
  return screen.findByRole('dialog', { name: 'Import a document' });
}

const imports = (fake: ReturnType<typeof fakeApi>) => fake.called('POST /projects/7/import');

describe('TransferActions', () => {
  it('gives a Viewer the exports but no import', async () => {
    renderActions('VIEWER');

    expect(screen.getByRole('button', { name: 'Export YAML' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export OpenAPI' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('says why an export failed', async () => {
    const user = userEvent.setup();
    const body = JSON.stringify({ title: 'Not Found', status: 404, detail: 'No project 7' });
    const fake = renderActions('VIEWER', undefined, {
      'GET /projects/7/export': [404, body, { 'content-type': 'application/problem+json' }],
    });

    await user.click(screen.getByRole('button', { name: 'Export OpenAPI' }));

    expect(await screen.findByText('No project 7')).toBeInTheDocument();
    expect(screen.getByText('Could not export the project')).toBeInTheDocument();
    expect(fake.called('GET /projects/7/export')[0].params).toEqual({ format: 'openapi' });
  });

  it('detects an uploaded OpenAPI file, previews the diff, imports it and reloads the endpoints', async () => {
    const user = userEvent.setup();
    const fake = renderActions('EDITOR', (config) => [
      200,
      { ...petstorePreview, dryRun: config.params.dryRun, mode: config.params.mode },
    ]);
    await screen.findByText('/pet/{petId}');
    const dialog = await openDialog(user);

    await user.upload(within(dialog).getByLabelText('Document file'), new File([openApiYaml], 'petstore.yaml'));

    expect(await within(dialog).findByText('petstore.yaml')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Format' })).toHaveValue('openapi');
    expect(within(dialog).getByText('Detected: OpenAPI / Swagger')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: /Replace/ }));

    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));

    const table = await within(dialog).findByRole('table', { name: 'Endpoint changes' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['GET/pet/{petId}changed', 'POST/petcreated']);
    const totals = within(within(dialog).getByRole('group', { name: 'Totals' })).getAllByText(/^\d+ \w+$/);
    expect(totals.map((t) => t.textContent)).toEqual(['1 created', '1 changed', '0 removed', '0 unchanged']);
    const untranslated = within(dialog).getByRole('list', { name: 'Not translated' });
    expect(untranslated).toHaveTextContent('/paths/~1pet/post/requestBody request bodies are not matched');
    expect(imports(fake)[0].params).toEqual({ format: 'openapi', mode: 'replace', dryRun: true });
    expect(imports(fake)[0].data).toBe(openApiYaml);
    expect(imports(fake)[0].headers.get('Content-Type')).toBe('application/yaml');
    expect(fake.called('GET /projects/7/endpoints')).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(
      await screen.findByText(/Imported from OpenAPI \/ Swagger: 1 created, 1 changed, 0 removed/),
    ).toBeInTheDocument();
    expect(imports(fake)[1].params).toEqual({ format: 'openapi', mode: 'replace', dryRun: false });
    await waitFor(() => expect(fake.called('GET /projects/7/endpoints')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('takes a file dropped on the dialog', async () => {
    const user = userEvent.setup();
    renderActions('EDITOR');
    const dialog = await openDialog(user);

    fireEvent.drop(within(dialog).getByText('Drop a file here, or'), {
      dataTransfer: { files: [new File([mockoonJson], 'environment.json')] },
    });

    expect(await within(dialog).findByText('environment.json')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Format' })).toHaveValue('mockoon');
  });

  it('sends an uploaded zip as WireMock bytes', async () => {
    const user = userEvent.setup();
    const fake = renderActions('EDITOR');
    const dialog = await openDialog(user);

    await user.upload(within(dialog).getByLabelText('Document file'), new File([wireMockZip], 'wiremock.zip'));
    await within(dialog).findByRole('button', { name: 'Remove the file' });
    expect(within(dialog).getByRole('combobox', { name: 'Format' })).toHaveValue('wiremock');
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));

    await within(dialog).findByRole('table', { name: 'Endpoint changes' });
    const [call] = imports(fake);
    expect(call.headers.get('Content-Type')).toBe('application/zip');
    expect(new Uint8Array(call.data as ArrayBuffer)).toEqual(wireMockZip);
  });

  it('detects pasted text and lets the user change the format, which makes the preview stale', async () => {
    const user = userEvent.setup();
    const fake = renderActions('ADMIN');
    const dialog = await openDialog(user);
    const format = within(dialog).getByRole('combobox', { name: 'Format' });

    await user.click(within(dialog).getByLabelText('Or paste the document'));
    await user.paste(mockoonJson);
    expect(format).toHaveValue('mockoon');
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Endpoint changes' });
    expect(imports(fake)[0].headers.get('Content-Type')).toBe('application/json');

    await user.selectOptions(format, 'MockAPI YAML');

    expect(within(dialog).queryByRole('table', { name: 'Endpoint changes' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('asks for the format when the document does not tell', async () => {
    const user = userEvent.setup();
    renderActions('EDITOR');
    const dialog = await openDialog(user);

    await user.click(within(dialog).getByLabelText('Or paste the document'));
    await user.paste('title: not a known document');

    expect(within(dialog).getByText('The format could not be detected: choose it.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Preview' })).toBeDisabled();
  });

  it("shows a malformed document's problem with its location in the dialog", async () => {
    const user = userEvent.setup();
    renderActions('EDITOR', [400, malformedImport]);
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Document file'), new File([openApiYaml], 'petstore.yaml'));
    await within(dialog).findByRole('button', { name: 'Remove the file' });

    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Malformed import');
    expect(alert).toHaveTextContent('mapping values are not allowed here');
    expect(alert).toHaveTextContent('At line 12, column 5');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('lists each invalid field of a validation problem', async () => {
    const user = userEvent.setup();
    renderActions('EDITOR', [
      400,
      {
        type: 'urn:mockapi:problem:validation',
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'endpoints[3].path', message: 'must start with /' },
          { field: 'endpoints[4].response.status', message: 'must be between 100 and 599' },
        ],
      },
    ]);
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText('Or paste the document'));
    await user.paste('version: 1\nendpoints: []\n');

    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));

    const alert = await within(dialog).findByRole('alert');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((i) => i.textContent);
    expect(items).toEqual([
      'endpoints[3].path must start with /',
      'endpoints[4].response.status must be between 100 and 599',
    ]);
  });

  it('says when the document is over the size limit', async () => {
    const user = userEvent.setup();
    renderActions('EDITOR', [413, undefined]);
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText('Or paste the document'));
    await user.paste('openapi: 3.1.0\n');

    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The request is too large.');
    expect(alert).toHaveTextContent(/import limit/);
  });

  it('keeps the dialog open with the error when the real import fails', async () => {
    const user = userEvent.setup();
    const fake = renderActions('EDITOR', (config) =>
      config.params.dryRun
        ? [200, petstorePreview]
        : [409, { title: 'Quota exceeded', status: 409, detail: 'The project may have at most 100 endpoints.' }],
    );
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText('Or paste the document'));
    await user.paste(openApiYaml);
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Endpoint changes' });

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The project may have at most 100 endpoints.');
    expect(fake.called('GET /projects/7/endpoints')).toHaveLength(1);
  });
});
