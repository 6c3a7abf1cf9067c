/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPOSITORY_ROOT, startStack, type Stack } from '@nrm/testing';
import { startPortalServer } from '../../../infra/scripts/portal-server.cjs';

/**
 * The portal in Debian's Chromium (playwright-core, no browser download), against a whole stack started here and the
 * built portal, signing in through the identity provider's login page. The portal answers at http://localhost:3000
 * (the nrm-portal client's redirect URI): the browser's requests there are handed to the portal server on a free port.
 * Screenshots go to .data/portal-screenshots/ (git-ignored) as artefacts of the run.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PORTAL_ORIGIN = 'http://localhost:3000';
const SHOTS = join(REPOSITORY_ROOT, '.data', 'portal-screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let stack: Stack;
let portal: { url: string; close: () => Promise<void> };
let browser: Browser;
const cspViolations: string[] = [];
/** What the browser said (console, page errors, navigations), kept beside the screenshots to explain a failure. */
const browserLog: string[] = [];

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 412, height: 915 } });
  await context.route(`${PORTAL_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await fetch(`${portal.url}${url.pathname}${url.search}`);
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
  });
  // Each refusal of the portal's Content-Security-Policy, with the script that caused it (axe-core and Playwright's
  // own helpers, which the test injects, are not the portal's and are left out).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.log(`CSP-VIOLATION ${event.violatedDirective} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  context.on('console', (message) => {
    browserLog.push(`[${message.type()}] ${message.text()}`);
    if (message.text().startsWith('CSP-VIOLATION') && /localhost:3000/.test(message.text())) cspViolations.push(message.text());
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => browserLog.push(`[pageerror] ${error.message}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) browserLog.push(`[navigated] ${frame.url().replace(/([?&](code|state|session_state|code_challenge)=)[^&]+/g, '$1…')}`);
    });
  });
  return context;
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2.1 A and AA rules). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect({ page: name, serious }).toEqual({ page: name, serious: [] });
}

async function shot(page: Page, name: string): Promise<void> {
  // caret 'initial': Playwright would otherwise inject a <style> to hide the caret, which the CSP rightly refuses.
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, caret: 'initial' });
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${PORTAL_ORIGIN}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo-password');
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { name: `Welcome, ${username}` }).waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack({ gatewayEnv: { CORS_ORIGINS: PORTAL_ORIGIN } });
  portal = await startPortalServer({ distDir: join(REPOSITORY_ROOT, 'services', 'portal', 'dist'), port: 0, gatewayUrl: stack.gatewayUrl, issuer: stack.issuer });
  // The portal's answers come from the test (route.fulfill), so Chromium cannot tell they are local; its local
  // network access checks would then refuse the page's calls to the identity provider and gateway on 127.0.0.1.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'],
  });
}, 600_000);

afterAll(async () => {
  writeFileSync(join(SHOTS, 'browser.log'), `${browserLog.join('\n')}\n`);
  await browser?.close();
  await portal?.close();
  await stack?.stop();
});

describe('the portal server', () => {
  it('answers with a strict Content-Security-Policy, no framing and nosniff', async () => {
    const response = await fetch(`${portal.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ${new URL(stack.gatewayUrl).origin} ${new URL(stack.issuer).origin}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // Only the silent renew's return page may be framed, and only by the portal.
    const renew = await fetch(`${portal.url}/silent-renew.html`);
    expect(renew.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(renew.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves nothing outside the build and refuses writes', async () => {
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/missing.js']) {
      const response = await fetch(`${portal.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await fetch(`${portal.url}/`, { method: 'POST' })).status).toBe(405);
    expect(await (await fetch(`${portal.url}/config.json`)).json()).toEqual({ gatewayUrl: stack.gatewayUrl, issuer: stack.issuer, clientId: 'nrm-portal' });
  });
});

describe('the portal in a browser', () => {
  let reference = '';

  it('a first responder signs in and submits an identification step by step', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${PORTAL_ORIGIN}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, '01-sign-in');
    await expectAccessible(page, 'sign-in');

    await signIn(page, 'police.tirana');
    await shot(page, '02-home-first-responder');
    await expectAccessible(page, 'home');
    // Tokens stay in memory: nothing of the sign-in is left in localStorage.
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('oidc.')))).toEqual([]);

    await page.getByRole('link', { name: 'New identification' }).first().click();
    await page.getByRole('heading', { name: 'Initial identification' }).waitFor();
    await page.getByLabel('Estimated age (years)').fill('25');
    const groups = page.locator('fieldset');
    await groups.first().locator('label.check').first().waitFor();
    for (let index = 0; index < 3; index += 1) await groups.nth(index).locator('label.check').first().click();
    await page.getByTestId('screening').getByText('Threshold met').waitFor();
    await shot(page, '03-identification-screening');
    await expectAccessible(page, 'identification screening');
    await page.getByRole('button', { name: 'Next' }).click();

    // The form's own rules speak beside the field before anything is sent.
    await page.getByRole('heading', { name: 'Interview' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('This is required.').first().waitFor();
    await page.locator('label.check', { hasText: 'The person agrees to be interviewed' }).click();
    await page.getByLabel('Given name').fill('Ana');
    await page.getByLabel('Family name').fill('Test');
    await page.locator('label.radio', { hasText: 'Female' }).click();
    await page.getByLabel('Citizenship').fill('AL');
    await page.locator('label.radio', { hasText: 'Inland' }).click();
    await page.locator('.choices').filter({ hasText: 'Region' }).locator('label.radio').first().click();
    await page.locator('label.check', { hasText: 'Forced labour' }).click();
    await shot(page, '04-identification-interview');
    await expectAccessible(page, 'identification interview');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Immediate needs' }).waitFor();
    await page.locator('label.check', { hasText: 'Medical care' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Review and submit' }).waitFor();
    await shot(page, '05-identification-review');
    await expectAccessible(page, 'identification review');
    await page.getByRole('button', { name: 'Submit identification' }).click();

    await page.getByRole('heading', { name: 'Identification submitted' }).waitFor();
    const text = (await page.getByText(/Reference: NRM-/).textContent()) ?? '';
    reference = /NRM-\d{4}-\d+/.exec(text)?.[0] ?? '';
    expect(reference).toMatch(/^NRM-\d{4}-\d+$/);
    await page.getByText('Presumed victim', { exact: true }).waitFor();
    await shot(page, '06-identification-submitted');
    await expectAccessible(page, 'identification submitted');
    await context.close();
  }, 300_000);

  it('the RA sees it in the inbox, in Albanian, and opens the person', async () => {
    expect(reference).not.toBe('');
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    // The first responder's menu item is not the RA's.
    expect(await page.getByRole('link', { name: 'New identification', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Shqip' }).click();
    await page.getByRole('link', { name: 'Identifikimet e reja' }).first().click();
    await page.getByRole('heading', { name: 'Identifikimet e reja' }).waitFor();
    const link = page.getByRole('link', { name: reference });
    await link.waitFor();
    await shot(page, '07-inbox-sq');
    await expectAccessible(page, 'inbox');

    await link.click();
    await page.getByRole('heading', { name: `Personi ${reference}` }).waitFor();
    await page.getByRole('heading', { name: 'Kategoritë e të dhënave' }).waitFor();
    await page.locator('[data-category="identity"]').waitFor();
    await shot(page, '08-person-sq');
    await expectAccessible(page, 'person');

    await page.getByRole('link', { name: /Njoftimet/ }).click();
    await page.getByRole('heading', { name: 'Njoftimet' }).waitFor();
    await shot(page, '09-notifications-sq');
    await expectAccessible(page, 'notifications');

    // The language is remembered across a reload (the tokens are not: the identity provider's session renews them).
    await page.reload();
    await page.getByRole('button', { name: 'Hyr' }).or(page.getByRole('heading', { name: 'Njoftimet' })).first().waitFor();
    await context.close();
    expect(cspViolations).toEqual([]);
  }, 300_000);
});
