// Shared by the browser tests: Debian's Chromium through playwright-core, a page that records console
// errors, and API calls for the set-up a test does not drive through the UI.
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

/** Signs `page` in through the login form. */
export async function signIn(page, email) {
  await page.goto(`${UI}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('password-123');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
