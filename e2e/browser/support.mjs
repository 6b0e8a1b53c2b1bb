// Shared by the browser tests: Debian's Chromium through playwright-core, a page that records console
// errors, and API calls for the set-up a test does not drive through the UI.
import { spawn } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const UI = process.env.MOCKAPI_UI_URL ?? 'http://localhost:3000';
const MANAGER = `${UI}/api`; // through the dashboard's proxy, as the browser reaches it

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A new page whose console errors and page errors are collected in `page.errors`. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx answer as an error; answers the UI expects (a template preview's
    // 400) are not faults of the page. Script errors are.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      page.errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

export function uniqueEmail(who) {
  return `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

async function call(method, path, token, body) {
  const response = await fetch(`${MANAGER}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Registers and signs in through the API; answers the user's id, email and access token. */
export async function account(who) {
  const email = uniqueEmail(who);
  const user = await call('POST', '/auth/register', null, { email, password: 'password-123' });
  const tokens = await call('POST', '/auth/login', null, { email, password: 'password-123' });
  return { id: user.id, email, token: tokens.accessToken, refreshToken: tokens.refreshToken };
}

export const api = {
  post: (path, token, body) => call('POST', path, token, body),
  get: (path, token) => call('GET', path, token),
};

/** A new account with an organization and a project of its own, made through the API. */
export async function ownProject(who) {
  const owner = await account(who);
  const org = await api.post('/orgs', owner.token, { name: `${who} org` });
  const project = await api.post(`/orgs/${org.id}/projects`, owner.token, { name: `${who} project` });
  return { owner, org, project };
}

/** Calls a project's mock URL, as a frontend app would. */
export function callMock(project, path, init) {
  return fetch(`${project.mockBaseUrl}${path}`, init);
}

/** Waits until `check()` is true, trying every 200 ms for up to `ms`. */
export async function eventually(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true after ${ms} ms: ${check}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the manager e2e/stack.sh started (its pid in MANAGER_PID) and, on `restart()`, starts it again
 * on the same port, data and Redis database; e2e/stack.sh stops the new one on exit.
 */
export const manager = {
  stop() {
    process.kill(Number(process.env.MANAGER_PID));
  },
  /** Waits for the stopped one to exit (its graceful shutdown holds the port up to 10 s), then starts one. */
  async restart() {
    await eventually(() => !isRunning(Number(process.env.MANAGER_PID)), 60_000);
    const data = process.env.MOCKAPI_DATA_DIR;
    const log = openSync(`${data}/manager-restarted.log`, 'a');
    const jar = new URL('../../manager-api/target/manager-api-0.1.0-SNAPSHOT.jar', import.meta.url).pathname;
    const child = spawn('java', ['-Xmx384m', '-jar', jar], {
      env: { ...process.env, SERVER_PORT: process.env.MANAGER_PORT },
      stdio: ['ignore', log, log],
    });
    writeFileSync(`${data}/manager-restarted.pid`, String(child.pid));
    child.unref(); // the test run ends without waiting for it; e2e/stack.sh stops it
  },
};

/** Creates an account through the registration form, as a new user does; the page is signed in after. */
export async function register(page, email, displayName = 'Ada') {
  await page.goto(`${UI}/register`);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('password-123');
  await page.getByLabel('Confirm password').fill('password-123');
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Signs `page` in through the login form. */
export async function signIn(page, email) {
  await page.goto(`${UI}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('password-123');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
