// Switching to MockAPI from the dashboard: a new user imports an OpenAPI file, a WireMock mappings folder
// (zipped) and a Mockoon environment through the Import dialog, calls the generated mocks, and exports the
// project back as YAML and as OpenAPI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { UI, api, callMock, eventually, launch, newPage, ownProject, signIn } from './support.mjs';

let browser;
let scratch;
before(async () => {
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), 'mockapi-transfer-'));
});
after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

const petstore = `openapi: 3.0.3
info:
  title: Petstore
  version: 1.0.0
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
      responses:
        '200':
          description: A page of pets
          content:
            application/json:
              schema: { type: array, maxItems: 5, items: { $ref: '#/components/schemas/Pet' } }
    post:
      operationId: createPet
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
  /pets/{petId}:
    get:
      operationId: showPetById
      parameters:
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The pet
          content:
            application/json:
              example: { id: 7, name: Rex, tag: dog }
        '404':
          description: No such pet
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: integer, format: int64 }
        name: { type: string }
        tag: { type: string }
`;

const mappings = {
  'list-orders.json': {
    request: { method: 'GET', urlPath: '/api/orders' },
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      jsonBody: [{ id: 'o-1', total: 12.5 }],
      fixedDelayMilliseconds: 20,
    },
  },
  'get-order.json': {
    request: { method: 'GET', urlPathTemplate: '/api/orders/{orderId}' },
    response: { status: 200, headers: { 'Content-Type': 'application/json' }, bodyFileName: 'order.json' },
  },
  'cancel-order.json': {
    request: { method: 'DELETE', urlPathTemplate: '/api/orders/{orderId}' },
    response: { status: 204 },
  },
};

/** A WireMock root folder (mappings/ and __files/) zipped with the zip tool, as a user would upload it. */
async function wireMockZip() {
  const root = join(scratch, 'wiremock');
  await mkdir(join(root, 'mappings'), { recursive: true });
  await mkdir(join(root, '__files'), { recursive: true });
  for (const [name, mapping] of Object.entries(mappings)) {
    await writeFile(join(root, 'mappings', name), JSON.stringify(mapping, null, 2));
  }
  await writeFile(join(root, '__files', 'order.json'), '{"id": "o-2", "total": 99}');
  const zip = join(scratch, 'wiremock.zip');
  execFileSync('zip', ['-q', '-r', zip, 'mappings', '__files'], { cwd: root });
  return zip;
}

const mockoon = JSON.stringify({
  uuid: '2c5e9a3e-6a42-4f6b-9a8e-0d7f3c1b5a11',
  lastMigration: 32,
  name: 'Inventory',
  endpointPrefix: '',
  latency: 0,
  port: 3002,
  hostname: '',
  folders: [],
  routes: [
    {
      uuid: '5d0c7b52-1f0e-4a8b-8f34-3a1b2c3d4e01',
      type: 'http',
      documentation: 'Stock levels',
      method: 'get',
      endpoint: 'stock',
      responses: [
        {
          uuid: '5d0c7b52-1f0e-4a8b-8f34-3a1b2c3d4e02',
          body: '{"items": [{"sku": "A-1", "count": 3}]}',
          latency: 0,
          statusCode: 200,
          label: 'In stock',
          headers: [{ key: 'Content-Type', value: 'application/json' }],
          bodyType: 'INLINE',
          filePath: '',
          databucketID: '',
          sendFileAsBody: false,
          rules: [],
          rulesOperator: 'OR',
          disableTemplating: false,
          fallbackTo404: false,
          default: true,
        },
      ],
      responseMode: null,
    },
    {
      uuid: '5d0c7b52-1f0e-4a8b-8f34-3a1b2c3d4e03',
      type: 'crud',
      documentation: 'Todos',
      method: '',
      endpoint: 'todos',
      responses: [
        {
          uuid: '5d0c7b52-1f0e-4a8b-8f34-3a1b2c3d4e04',
          body: '',
          latency: 0,
          statusCode: 200,
          label: '',
          headers: [],
          bodyType: 'DATABUCKET',
          databucketID: 'td01',
          rules: [],
          rulesOperator: 'OR',
          default: true,
        },
      ],
      responseMode: null,
    },
  ],
  rootChildren: [
    { type: 'route', uuid: '5d0c7b52-1f0e-4a8b-8f34-3a1b2c3d4e01' },
    { type: 'route', uuid: '5d0c7b52-1f0e-4a8b-8f34-3a1b2c3d4e03' },
  ],
  proxyMode: false,
  cors: true,
  headers: [{ key: 'Content-Type', value: 'application/json' }],
  data: [{ uuid: '8a1e', id: 'td01', name: 'Todos', documentation: '', value: '[{"id": 1, "title": "Buy milk"}]' }],
}, null, 2);

/** Opens the Import dialog, lets `provide` put the document in, checks the detected format and previews. */
async function previewImport(page, format, provide) {
  await page.getByRole('button', { name: 'Import', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await provide(dialog);
  await dialog.getByText('Detected:').waitFor();
  assert.equal(await dialog.getByLabel('Format').inputValue(), format);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  return { dialog, changes: dialog.getByRole('table', { name: 'Endpoint changes' }) };
}

/** The change the preview shows for `method path`. */
async function changeOf(changes, method, path) {
  const row = changes
    .getByRole('row')
    .filter({ hasText: method })
    .filter({ has: changes.page().getByText(path, { exact: true }) });
  return (await row.getByRole('cell').nth(2).textContent()).trim();
}

async function confirmImport(dialog) {
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const mockJson = async (project, path) => {
  const response = await callMock(project, path);
  return response.status === 200 ? response.json() : null;
};

test('a new user imports OpenAPI, WireMock and Mockoon documents, calls the mocks and exports the project', async () => {
  const { owner, project } = await ownProject('switcher');
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/projects/${project.id}`);
  const endpoints = page.getByRole('table', { name: 'Endpoints' });
  await page.getByText('No endpoints yet').waitFor();

  // OpenAPI, uploaded as a file.
  const openApiFile = { name: 'petstore.yaml', mimeType: 'application/yaml', buffer: Buffer.from(petstore) };
  let { dialog, changes } = await previewImport(page, 'openapi', (d) => d.getByLabel('Document file').setInputFiles(openApiFile));
  assert.equal(await changeOf(changes, 'GET', '/pets/{petId}'), 'created');
  assert.equal(await changeOf(changes, 'POST', '/pets'), 'created');
  assert.equal(await changes.getByRole('row').count(), 1 + 3);
  await confirmImport(dialog);
  await page.getByText(/Imported from OpenAPI \/ Swagger: 3 created/).waitFor();
  await endpoints.getByText('/pets/{petId}', { exact: true }).waitFor();
  await eventually(async () => (await mockJson(project, '/pets/7'))?.name === 'Rex');
  assert.deepEqual(await mockJson(project, '/pets/7'), { id: 7, name: 'Rex', tag: 'dog' });
  const pets = await mockJson(project, '/pets');
  assert.ok(Array.isArray(pets) && pets.length <= 5, `a list of at most 5 pets: ${JSON.stringify(pets)}`);
  assert.equal((await callMock(project, '/pets', { method: 'POST', body: '{"id": 1, "name": "Tom"}' })).status, 201);

  // WireMock, a zipped mappings folder with a body file.
  const zip = await wireMockZip();
  ({ dialog, changes } = await previewImport(page, 'wiremock', (d) => d.getByLabel('Document file').setInputFiles(zip)));
  assert.equal(await changeOf(changes, 'GET', '/api/orders'), 'created');
  assert.equal(await changeOf(changes, 'GET', '/api/orders/{orderId}'), 'created');
  assert.equal(await changeOf(changes, 'DELETE', '/api/orders/{orderId}'), 'created');
  await confirmImport(dialog);
  await endpoints.getByText('/api/orders/{orderId}', { exact: true }).first().waitFor();
  await eventually(async () => (await mockJson(project, '/api/orders/o-2'))?.id === 'o-2');
  assert.deepEqual(await mockJson(project, '/api/orders'), [{ id: 'o-1', total: 12.5 }]);
  assert.equal((await callMock(project, '/api/orders/o-2', { method: 'DELETE' })).status, 204);

  // Mockoon, pasted; merged, so the endpoints imported before stay.
  ({ dialog, changes } = await previewImport(page, 'mockoon', (d) => d.getByLabel('Or paste the document').fill(mockoon)));
  assert.equal(await changeOf(changes, 'GET', '/stock'), 'created');
  await confirmImport(dialog);
  await endpoints.getByText('/stock', { exact: true }).waitFor();
  await eventually(async () => (await mockJson(project, '/stock')) !== null);
  assert.deepEqual(await mockJson(project, '/stock'), { items: [{ sku: 'A-1', count: 3 }] });
  assert.match(JSON.stringify(await mockJson(project, '/todos')), /Buy milk/);
  assert.equal((await mockJson(project, '/pets/7'))?.name, 'Rex');

  // Export, both formats, as downloads named for the project.
  const download = async (label) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const yaml = await download('Export YAML');
  assert.equal(yaml.name, `${project.slug}.yaml`);
  assert.match(yaml.text, /^version:/m);
  for (const path of ['/pets/{petId}', '/api/orders', '/stock']) {
    assert.ok(yaml.text.includes(path), `${path} in the YAML`);
  }
  const openapi = await download('Export OpenAPI');
  assert.equal(openapi.name, `${project.slug}.openapi.json`);
  const document = JSON.parse(openapi.text);
  assert.match(document.openapi, /^3\.1\./);
  for (const path of ['/pets/{petId}', '/api/orders/{orderId}', '/stock']) {
    assert.ok(document.paths[path], `${path} in the OpenAPI paths`);
  }
  assert.ok(document.paths['/api/orders/{orderId}'].delete, 'DELETE /api/orders/{orderId} in the OpenAPI document');

  const listed = await api.get(`/projects/${project.id}/endpoints`, owner.token);
  assert.ok(listed.length >= 8, `all imported endpoints listed: ${listed.map((e) => `${e.method} ${e.path}`)}`);
  assert.deepEqual(page.errors, []);
});
