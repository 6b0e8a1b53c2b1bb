// The dashboard in a real browser against the whole stack (e2e/browser-test.sh starts it): what a new
// user does on day one, what a Viewer may not do, and a template error shown at its line.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { UI, account, api, launch, newPage, ownProject, register, signIn, uniqueEmail } from './support.mjs';

// The README's screenshots are refreshed with SCREENSHOTS=docs/screenshots; by default they go to
// e2e/.screenshots (ignored), so a test run leaves the tree as it found it.
const SHOTS = new URL(`../../${process.env.SCREENSHOTS ?? 'e2e/.screenshots'}/`, import.meta.url);
let browser;

before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(() => browser?.close());

const shot = (page, name) => page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });

async function newEndpoint(page, { method, path, status, collection, action }) {
  await page.getByRole('button', { name: 'New endpoint' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New endpoint' });
  await dialog.getByLabel('Method').selectOption(method);
  await dialog.getByLabel('Path').fill(path);
  await dialog.getByLabel(/^Status/).fill(String(status));
  await dialog.getByLabel('State binding').check();
  await dialog.getByLabel(/^Collection( \*)?$/).fill(collection);
  await dialog.getByLabel('Action').selectOption(action);
  return dialog;
}

async function tryIt(page, method, path, body) {
  const dialog = page.getByRole('dialog', { name: 'Try it' });
  await dialog.getByLabel('Method').selectOption(method);
  await dialog.getByLabel('Path').fill(path);
  await dialog.getByLabel('Request body').fill(body ?? '');
  await dialog.getByRole('button', { name: 'Send' }).click();
  return dialog;
}

test('a new user builds a stateful API, tries it and watches chaos in the live inspector', async () => {
  const page = await newPage(browser);
  const email = uniqueEmail('ada');

  await register(page, email);

  await page.getByLabel('New organization').fill('Acme');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('User Management');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { name: 'User Management' }).waitFor();

  let dialog = await newEndpoint(page, {
    method: 'POST', path: '/users', status: 201, collection: 'users', action: 'create',
  });
  await shot(page, 'endpoint-editor');
  await dialog.getByRole('button', { name: 'Save endpoint' }).click();
  await dialog.waitFor({ state: 'hidden' });
  dialog = await newEndpoint(page, {
    method: 'GET', path: '/users', status: 200, collection: 'users', action: 'list',
  });
  await dialog.getByRole('button', { name: 'Save endpoint' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const table = page.getByRole('table', { name: 'Endpoints' });
  await table.getByLabel('State: create on users').waitFor();
  await table.getByLabel('State: list on users').waitFor();
  await shot(page, 'project-endpoints');

  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  let tried = await tryIt(page, 'POST', '/users', '{"name":"Ada Lovelace"}');
  await tried.getByLabel('Status 201').waitFor();
  tried = await tryIt(page, 'GET', '/users');
  await tried.getByLabel('Status 200').waitFor();
  await tried.getByLabel('Response body').getByText('Ada Lovelace').waitFor();
  await shot(page, 'try-it');
  await page.keyboard.press('Escape');

  const projectId = Number(new URL(page.url()).pathname.split('/')[2]);
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('mockapi.tokens')).accessToken);
  const project = await api.get(`/projects/${projectId}`, token);

  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('switch', { name: 'Chaos mode' }).check();
  await page.getByRole('textbox', { name: 'Delay', exact: true }).click();
  await page.getByRole('option', { name: 'Fixed' }).click();
  await page.getByLabel('Delay (ms)').fill('300');
  await page.getByRole('button', { name: 'Save chaos mode' }).click();
  await page.getByRole('tab', { name: 'Live inspector' }).click();
  await page.getByRole('status').getByText('Live').waitFor();

  const log = page.getByRole('table', { name: 'Request log' });
  const flagged = log.getByText('Chaos: delay 300 ms').first();
  for (let i = 0; i < 20 && !(await flagged.isVisible()); i++) {
    const started = Date.now();
    await fetch(`${project.mockBaseUrl}/users`);
    if (Date.now() - started < 300) await new Promise((r) => setTimeout(r, 200)); // chaos not live yet
  }
  await flagged.waitFor();
  await shot(page, 'live-inspector');
  await log.getByRole('row').nth(1).click();
  await page.getByRole('dialog').getByLabel('Response body').waitFor();
  await shot(page, 'request-details');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Analytics' }).click();
  await page.getByRole('group', { name: 'Requests' }).waitFor();
  await shot(page, 'analytics');
  const weekly = page.waitForResponse((r) => r.url().endsWith('/analytics?window=7d') && r.ok());
  await page.getByRole('radiogroup', { name: 'Window' }).getByText('7d').click();
  const week = await (await weekly).json();
  await page.getByRole('group', { name: 'Requests' }).getByText(String(week.totals.requests), { exact: true }).waitFor();
  await page.goto(`${UI}/`);
  await page.getByRole('link', { name: 'Acme' }).waitFor();
  await shot(page, 'dashboard');
  assert.deepEqual(page.errors, []);
});

test('a Viewer sees the endpoints but no control to change them', async () => {
  const owner = await account('owner');
  const viewer = await account('viewer');
  const org = await api.post('/orgs', owner.token, { name: 'Viewed' });
  const project = await api.post(`/orgs/${org.id}/projects`, owner.token, { name: 'Read Only' });
  await api.post(`/projects/${project.id}/endpoints`, owner.token, {
    method: 'GET', path: '/users', response: { status: 200, headers: {}, body: '[]' },
  });
  await api.post(`/orgs/${org.id}/members`, owner.token, { email: viewer.email, role: 'VIEWER' });
  const page = await newPage(browser);

  await signIn(page, viewer.email);
  await page.goto(`${UI}/projects/${project.id}`);

  const table = page.getByRole('table', { name: 'Endpoints' });
  await table.getByRole('button', { name: 'View GET /users' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'New endpoint' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Add CRUD resource' }).count(), 0);
  assert.equal(await table.getByRole('button', { name: 'Edit GET /users' }).count(), 0);
  assert.equal(await table.getByRole('button', { name: 'Delete GET /users' }).count(), 0);
  assert.equal(await table.getByRole('switch').count(), 0);
  assert.deepEqual(page.errors, []);
});

/** A new owner's project page with the New endpoint dialog open. */
async function newEndpointDialog(who) {
  const { owner, project } = await ownProject(who);
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/projects/${project.id}`);
  await page.getByRole('button', { name: 'New endpoint' }).first().click();
  return { page, dialog: page.getByRole('dialog', { name: 'New endpoint' }) };
}

test('an invalid template shows its error at the line', async () => {
  const { page, dialog } = await newEndpointDialog('author');
  await dialog.locator('.cm-content').first().click();
  await page.keyboard.insertText('{\n  "name": "{{Faker.no_such_thing()}}"\n}');

  await dialog.getByText(/Line 2, column \d+/).waitFor();
  await dialog.locator('[data-error-line="2"]').waitFor();
  await shot(page, 'template-error');

  assert.deepEqual(page.errors, []);
});

test('the body editor completes Faker names from the catalog', async () => {
  const { page, dialog } = await newEndpointDialog('completer');
  const editor = dialog.getByRole('textbox', { name: 'Body template' });
  await editor.click();
  await page.keyboard.type('{"name": "{{Faker.');
  await page.keyboard.type('first_');
  const list = page.locator('.cm-tooltip-autocomplete');
  await list.getByText('first_name', { exact: true }).waitFor();
  await shot(page, 'faker-completion');
  await page.keyboard.press('Enter');

  await list.waitFor({ state: 'detached' });
  assert.match(await editor.textContent(), /\{\{Faker\.first_name\(\)\}\}/);
  await page.keyboard.press('Tab'); // moves on: the editor does not trap keyboard users
  assert.equal(await editor.evaluate((el) => el === document.activeElement), false);
  assert.deepEqual(page.errors, []);
});

test('an owner renames the organization from the keyboard', async () => {
  const { owner, org } = await ownProject('renamer');
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/orgs/${org.id}`);

  await page.getByRole('button', { name: 'Rename organization' }).click();
  // The dialog moves the focus to its name field a moment after it opens: typing before would miss it.
  const name = page.getByRole('dialog', { name: 'Rename organization' }).getByRole('textbox', { name: 'Name' });
  await page.waitForFunction((field) => field === document.activeElement, await name.elementHandle());
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Renamed Labs');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Renamed Labs' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Renamed Labs' }).waitFor();
  assert.equal((await api.get(`/orgs/${org.id}`, owner.token)).name, 'Renamed Labs');
  assert.deepEqual(page.errors, []);
});
