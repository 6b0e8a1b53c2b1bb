// What owners do around the endpoints: members and projects of an organization, signing out, a CRUD
// resource and its state, and project settings the engine obeys.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { UI, account, api, callMock, eventually, launch, newPage, ownProject, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

async function confirmIn(page, title, button) {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

test('an owner adds a member, changes their role, removes them, deletes a project and signs out', async () => {
  const { owner, org, project } = await ownProject('admin');
  const teammate = await account('teammate');
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/orgs/${org.id}`);

  const adding = page.getByRole('form', { name: 'Add member' });
  await adding.getByLabel('Email').fill(teammate.email);
  await adding.getByRole('textbox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  await adding.getByRole('button', { name: 'Add member' }).click();
  const role = page.getByRole('textbox', { name: `Role of ${teammate.email}` });
  await role.waitFor();
  await role.click();
  await page.getByRole('option', { name: 'Editor' }).click();
  const roleOf = async () =>
    (await api.get(`/orgs/${org.id}/members`, owner.token)).find((m) => m.email === teammate.email)?.role;
  await eventually(async () => (await roleOf()) === 'EDITOR');
  await page.getByRole('button', { name: `Remove ${teammate.email}` }).click();
  await confirmIn(page, `Remove ${teammate.email}?`, 'Remove');
  await role.waitFor({ state: 'detached' });
  assert.equal(await roleOf(), undefined);

  await page.getByRole('button', { name: `Delete project ${project.name}` }).click();
  await confirmIn(page, `Delete ${project.name}?`, 'Delete project');
  await page.getByText('No projects yet').waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.goto(`${UI}/orgs/${org.id}`);
  await page.waitForURL((url) => url.pathname === '/login');
  assert.deepEqual(page.errors, []);
});

test('a CRUD resource starts seeded, its state resets, and a required API key guards its mocks', async () => {
  const { owner, project } = await ownProject('resources');
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/projects/${project.id}`);

  await page.getByRole('button', { name: 'Add CRUD resource' }).first().click();
  const form = page.getByRole('dialog', { name: 'Add CRUD resource' });
  await form.getByLabel(/^Resource name/).fill('customers');
  await form.getByLabel('Seed count').fill('3');
  await form.getByRole('button', { name: 'Create resource' }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Endpoints' }).getByLabel('State: list on customers').waitFor();
  const count = async () => (await (await callMock(project, '/customers')).json()).length;
  await eventually(async () => (await count().catch(() => 0)) === 3);
  await callMock(project, '/customers', { method: 'POST', body: '{"name": "Grace"}' });
  assert.equal(await count(), 4);

  await page.getByRole('tab', { name: 'State' }).click();
  await page.getByRole('row', { name: /customers\s*4/ }).waitFor();
  await page.getByRole('button', { name: 'Reset customers' }).click();
  await confirmIn(page, 'Reset customers?', 'Reset');
  await page.getByRole('row', { name: /customers\s*3/ }).waitFor();
  assert.equal(await count(), 3);

  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Issue API key' }).click();
  const issued = page.getByRole('alert').filter({ hasText: 'Your new API key' });
  const key = (await issued.locator('code').textContent()).trim();
  await page.getByRole('switch', { name: 'Require the API key on mock calls' }).check({ force: true });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await eventually(async () => (await callMock(project, '/customers')).status === 401);
  assert.equal((await callMock(project, '/customers', { headers: { 'X-Api-Key': key } })).status, 200);
  assert.deepEqual(page.errors, []);
});
