// Changing a live endpoint from the project page: edit, switch off, delete; each seen by a mock call.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { UI, api, callMock, eventually, launch, newPage, ownProject, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const statusOf = async (project, path) => (await callMock(project, path)).status;

test('an editor changes, switches off and deletes an endpoint, and the mock follows each change', async () => {
  const { owner, project } = await ownProject('editor');
  await api.post(`/projects/${project.id}/endpoints`, owner.token, {
    method: 'GET', path: '/hello', response: { status: 200, headers: {}, body: '{"hi": 1}' },
  });
  await eventually(async () => (await statusOf(project, '/hello')) === 200);
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/projects/${project.id}`);
  const table = page.getByRole('table', { name: 'Endpoints' });

  await table.getByRole('button', { name: 'Edit GET /hello' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit GET /hello' });
  await dialog.getByLabel(/^Status/).fill('202');
  await dialog.getByRole('button', { name: 'Save endpoint' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await table.getByRole('cell', { name: '202', exact: true }).waitFor();
  await eventually(async () => (await statusOf(project, '/hello')) === 202);

  const enabled = table.getByRole('switch', { name: 'Enabled GET /hello' });
  // A click, not uncheck(): the switch shows the saved state, so it turns off once the save answers.
  await enabled.click({ force: true }); // Mantine draws the track over the input
  await eventually(async () => !(await enabled.isChecked()));
  await eventually(async () => (await statusOf(project, '/hello')) === 404);
  await page.reload();
  assert.equal(await enabled.isChecked(), false);

  await table.getByRole('button', { name: 'Delete GET /hello' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete GET /hello' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await confirm.waitFor({ state: 'hidden' });
  await page.getByText('No endpoints yet').waitFor();
  assert.deepEqual(await api.get(`/projects/${project.id}/endpoints`, owner.token), []);
  assert.deepEqual(page.errors, []);
});
