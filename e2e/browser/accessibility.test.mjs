// Every page and dialog of the dashboard through axe-core, as a new user comes to them: nothing critical or
// serious, one h1 a page, one banner landmark; and the main flows from the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { UI, account, api, callMock, eventually, launch, newPage, ownProject, register, signIn, uniqueEmail } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

// Moderate in axe's terms, but each was a finding of the review: every page keeps them fixed.
const ALSO_ASSERTED = new Set(['page-has-heading-one', 'landmark-no-duplicate-banner', 'landmark-unique']);
const fails = (v) => v.impact === 'critical' || v.impact === 'serious' || ALSO_ASSERTED.has(v.id);

/** Waits until no CSS transition or animation runs: a dialog fading in has no settled contrast yet. */
async function settled(page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** One line a violation: rule, impact, the first few elements it found and what is wrong with the first. */
function describe(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ');
      const more = v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : '';
      const summary = (v.nodes[0]?.failureSummary ?? v.help).replace(/\s+/g, ' ');
      return `  ${v.id} [${v.impact}] ×${v.nodes.length}: ${targets}${more}\n    ${summary}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is now and records what it found under `name`; `check()` asserts, at the end
 * of a test, that no state it audited had a failing violation.
 */
function auditor(t) {
  const failures = [];
  return {
    async audit(page, name) {
      await settled(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const counts = violations.map((v) => `${v.id}:${v.impact}×${v.nodes.length}`).join(' ') || 'none';
      t.diagnostic(`${name}: ${counts}`);
      const failing = violations.filter(fails);
      if (failing.length) failures.push(`${name}:\n${describe(failing)}`);
    },
    check(page) {
      assert.equal(failures.length, 0, `axe violations:\n${failures.join('\n')}`);
      assert.deepEqual(page.errors, []);
    },
  };
}

test('sign-in and registration', async (t) => {
  const a = auditor(t);
  const page = await newPage(browser);
  await page.goto(`${UI}/login`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await a.audit(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Enter your password').waitFor();
  await a.audit(page, 'sign-in, invalid');
  await page.getByLabel('Email').fill('nobody@example.com');
  await page.getByLabel(/^Password/).fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
  await a.audit(page, 'sign-in, wrong password');

  await page.getByRole('link', { name: 'Create one' }).click();
  await page.getByRole('button', { name: 'Create account' }).waitFor();
  await a.audit(page, 'register');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(/Use at least \d+ characters/).waitFor();
  await a.audit(page, 'register, invalid');
  a.check(page);
});

test('a new user: organizations, an organization and its dialogs, the 404 page', async (t) => {
  const a = auditor(t);
  const page = await newPage(browser);
  const email = uniqueEmail('a11y');
  await register(page, email);
  await page.getByText('No organizations yet').waitFor();
  await a.audit(page, 'organizations, none yet');

  await page.getByLabel('New organization').fill('Acme');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByText('No projects yet').waitFor();
  await a.audit(page, 'organization, no projects');

  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog').getByLabel('Name').waitFor();
  await a.audit(page, 'new project dialog');
  await page.getByRole('dialog').getByLabel('Name').fill('Shop');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { name: 'Shop' }).waitFor();

  await page.goto(`${UI}/`);
  await page.getByRole('link', { name: 'Acme' }).click();
  await page.getByRole('link', { name: 'Shop' }).waitFor();
  const teammate = uniqueEmail('teammate');
  await api.post('/auth/register', null, { email: teammate, password: 'password-123' });
  const adding = page.getByRole('form', { name: 'Add member' });
  await adding.getByLabel('Email').fill(teammate);
  await adding.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('textbox', { name: `Role of ${teammate}` }).waitFor();
  await a.audit(page, 'organization, a project and members');
  await page.getByRole('textbox', { name: `Role of ${teammate}` }).click();
  await page.getByRole('option', { name: 'Editor' }).waitFor();
  await a.audit(page, 'organization, role menu open');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Rename organization' }).click();
  await page.getByRole('dialog', { name: 'Rename organization' }).waitFor();
  await a.audit(page, 'rename organization dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Delete organization' }).click();
  await page.getByRole('dialog', { name: 'Delete Acme?' }).waitFor();
  await a.audit(page, 'delete organization dialog');
  await page.keyboard.press('Escape');

  await page.goto(`${UI}/`);
  await page.getByRole('link', { name: 'Acme' }).waitFor();
  await a.audit(page, 'organizations');
  await page.goto(`${UI}/no/such/page`);
  await page.getByText('Page not found').waitFor();
  await a.audit(page, '404');
  a.check(page);
});

test('a project: every tab, the endpoint dialogs, try-it, the inspector and the import dialog', async (t) => {
  const a = auditor(t);
  const { owner, project } = await ownProject('a11y-project');
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/projects/${project.id}`);
  await page.getByText('No endpoints yet').waitFor();
  await a.audit(page, 'endpoints, none yet');

  await page.getByRole('button', { name: 'New endpoint' }).first().click();
  let dialog = page.getByRole('dialog', { name: 'New endpoint' });
  await dialog.getByLabel('Path').waitFor();
  await a.audit(page, 'endpoint editor, new');
  await dialog.getByLabel('State binding').check();
  await dialog.getByLabel('Endpoint chaos').check({ force: true }); // Mantine draws the track over the input
  await dialog.getByLabel('Path').fill('users');
  await dialog.locator('.cm-content').first().click();
  await page.keyboard.insertText('{"name": "{{Faker.no_such_thing()}}"}');
  await dialog.getByText(/Line 1, column \d+/).waitFor();
  await dialog.getByRole('button', { name: 'Save endpoint' }).click();
  await dialog.getByText("The path must start with '/'").waitFor();
  await a.audit(page, 'endpoint editor, new, every section, invalid');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Add CRUD resource' }).first().click();
  dialog = page.getByRole('dialog', { name: 'Add CRUD resource' });
  await dialog.getByLabel(/^Resource name/).fill('customers');
  await a.audit(page, 'CRUD resource dialog');
  await dialog.getByRole('button', { name: 'Create resource' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const table = page.getByRole('table', { name: 'Endpoints' });
  await table.getByLabel('State: list on customers').waitFor();
  await a.audit(page, 'endpoints');

  await table.getByRole('button', { name: 'Edit GET /customers/{id}' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit GET /customers/{id}' });
  await dialog.getByLabel('Path').waitFor();
  await dialog.getByText('Preview', { exact: true }).waitFor();
  await a.audit(page, 'endpoint editor, existing');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await table.getByRole('button', { name: 'Delete GET /customers/{id}' }).click();
  await page.getByRole('dialog', { name: 'Delete GET /customers/{id}' }).waitFor();
  await a.audit(page, 'delete endpoint dialog');
  await page.keyboard.press('Escape');

  await eventually(async () => (await callMock(project, '/customers')).status === 200);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Try it' });
  await dialog.getByLabel('Path').fill('/customers');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await dialog.getByLabel('Status 200').waitFor();
  await a.audit(page, 'try it, answered');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByLabel('Or paste the document').fill(
    'openapi: 3.0.3\ninfo: { title: Pets, version: 1.0.0 }\npaths:\n  /pets:\n    get:\n      responses:\n        "200": { description: ok }\n',
  );
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('table', { name: 'Endpoint changes' }).waitFor();
  await a.audit(page, 'import dialog, previewed');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Live inspector' }).click();
  await page.getByRole('status').getByText('Live').waitFor();
  const log = page.getByRole('table', { name: 'Request log' });
  await callMock(project, '/customers');
  await callMock(project, '/customers', { method: 'POST', body: '{"name": "Grace"}' });
  await callMock(project, '/missing');
  await log.getByRole('row').nth(3).waitFor();
  await a.audit(page, 'live inspector, three calls');
  await log.getByRole('row').nth(1).click();
  await page.getByRole('dialog').getByLabel('Response body').waitFor();
  await a.audit(page, 'request details');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Analytics' }).click();
  await eventually(async () => {
    const requests = page.getByRole('group', { name: 'Requests' });
    return (await requests.isVisible()) && !(await requests.getByText('0', { exact: true }).isVisible());
  }, 20_000).catch(() => {}); // counts arrive within a flush; the page is audited either way
  await page.getByRole('group', { name: 'Requests' }).waitFor();
  await a.audit(page, 'analytics');

  await page.getByRole('tab', { name: 'State' }).click();
  await page.getByRole('button', { name: 'View items of customers' }).click();
  await page.getByLabel('Items of customers', { exact: true }).waitFor();
  await a.audit(page, 'state, items shown');

  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  await page.getByRole('button', { name: 'Issue API key' }).click();
  await page.getByRole('alert').filter({ hasText: 'Your new API key' }).waitFor();
  await a.audit(page, 'settings');
  a.check(page);
});

test('a Viewer: the project and an endpoint, read-only', async (t) => {
  const a = auditor(t);
  const { owner, org, project } = await ownProject('a11y-owner');
  const viewer = await account('a11y-viewer');
  await api.post(`/projects/${project.id}/endpoints`, owner.token, {
    method: 'GET', path: '/users', response: { status: 200, headers: {}, body: '[{"id": 1}]' },
  });
  await api.post(`/orgs/${org.id}/members`, owner.token, { email: viewer.email, role: 'VIEWER' });
  const page = await newPage(browser);
  await signIn(page, viewer.email);
  await page.goto(`${UI}/orgs/${org.id}`);
  await page.getByRole('link', { name: project.name }).waitFor();
  await a.audit(page, 'organization, as a Viewer');
  await page.getByRole('link', { name: project.name }).click();
  const view = page.getByRole('table', { name: 'Endpoints' }).getByRole('button', { name: 'View GET /users' });
  await view.waitFor();
  await a.audit(page, 'endpoints, as a Viewer');
  await view.click();
  await page.getByRole('dialog', { name: 'GET /users' }).getByLabel('Preview output').waitFor();
  await a.audit(page, 'endpoint, read-only');
  a.check(page);
});

/** Presses Tab (or `key`) until `target` has the focus: what a keyboard user does to reach it. */
async function tabTo(page, target, key = 'Tab', most = 60) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target} not reached in ${most} presses of ${key}`);
}

test('from the keyboard alone: a new endpoint saved, the tabs, the import dialog opened and closed', async () => {
  const { owner, project } = await ownProject('keyboard');
  const page = await newPage(browser);
  await signIn(page, owner.email);
  await page.goto(`${UI}/projects/${project.id}`);
  await page.getByText('No endpoints yet').waitFor();

  await tabTo(page, page.getByRole('button', { name: 'New endpoint' }).first());
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New endpoint' });
  await tabTo(page, dialog.getByLabel('Path'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('/keyboard');
  await tabTo(page, dialog.getByLabel(/^Status/));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('202');
  await tabTo(page, dialog.getByRole('button', { name: 'Save endpoint' }));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  const table = page.getByRole('table', { name: 'Endpoints' });
  await table.getByRole('cell', { name: '202', exact: true }).waitFor();
  const saved = await api.get(`/projects/${project.id}/endpoints`, owner.token);
  assert.deepEqual(saved.map((e) => [e.method, e.path, e.response.status]), [['GET', '/keyboard', 202]]);

  // The project's tabs: arrow keys move between them, as in any tab list.
  await tabTo(page, page.getByRole('tab', { name: 'Endpoints' }));
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'Live inspector', selected: true }).waitFor();
  await page.waitForURL((url) => url.pathname.endsWith('/inspector'));

  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await tabTo(page, importButton, 'Shift+Tab'); // it stands above the tabs
  await page.keyboard.press('Enter');
  const importing = page.getByRole('dialog', { name: 'Import a document' });
  await importing.waitFor();
  await page.keyboard.press('Escape');
  await importing.waitFor({ state: 'hidden' });
  await page.waitForFunction((el) => el === document.activeElement, await importButton.elementHandle());
  assert.deepEqual(page.errors, []);
});
