/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPOSITORY_ROOT, startStack, type Stack } from '@nrm/testing';
import { startPortalServer } from '../../../../infra/scripts/portal-server.cjs';

/**
 * The portal in Debian's Chromium (playwright-core, no browser download) for the browser suites: the run's shared
 * stack (whose gateway admits the portal's origin), the built portal served here, and a browser. The portal answers at
 * http://localhost:3000 (the nrm-portal client's redirect URI): the browser's requests there are handed to the portal
 * server on a free port, so a suite runs beside an `npm start`. Screenshots and each suite's browser log go to
 * .data/portal-screenshots/ (git-ignored) as artefacts of the run.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const PORTAL_ORIGIN = 'http://localhost:3000';
export const SCREENSHOTS = join(REPOSITORY_ROOT, '.data', 'portal-screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const DEMO_PASSWORD = 'demo-password';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export interface PortalSession {
  stack: Stack;
  portal: { url: string; close: () => Promise<void> };
  /** A fresh browser profile (no session with the identity provider), phone-sized unless told otherwise. */
  newContext(options?: { viewport?: { width: number; height: number } }): Promise<BrowserContext>;
  /** Refusals of the portal's Content-Security-Policy caused by the portal's own files; a suite expects none. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Call in beforeAll (allow it a few minutes on a cold machine); `name` names the suite's browser log. */
export async function openPortal(name: string): Promise<PortalSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const stack = await startStack();
  const portal = await startPortalServer({ distDir: join(REPOSITORY_ROOT, 'services', 'portal', 'dist'), port: 0, gatewayUrl: stack.gatewayUrl, issuer: stack.issuer });
  // The portal's answers come from the test (route.fulfill), so Chromium cannot tell they are local; its local
  // network access checks would then refuse the page's calls to the identity provider and gateway on 127.0.0.1.
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'],
  });
  const cspViolations: string[] = [];
  /** What the browser said (console, page errors, navigations), kept beside the screenshots to explain a failure. */
  const browserLog: string[] = [];

  async function newContext(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: 'en-GB', viewport: options.viewport ?? { width: 412, height: 915 }, acceptDownloads: true });
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

  return {
    stack,
    portal,
    newContext,
    cspViolations,
    async close() {
      writeFileSync(join(SCREENSHOTS, `${name}.browser.log`), `${browserLog.join('\n')}\n`);
      await browser.close();
      await portal.close();
      await stack.stop();
    },
  };
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect({ page: name, serious }).toEqual({ page: name, serious: [] });
}

/** A full-page screenshot in .data/portal-screenshots/<name>.png; name it `<suite>-NN-<page>`. */
export async function shot(page: Page, name: string): Promise<void> {
  // caret 'initial': Playwright would otherwise inject a <style> to hide the caret, which the CSP rightly refuses.
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, caret: 'initial' });
}

/** Signs in through the identity provider's login page as a demo user and waits for the home page. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${PORTAL_ORIGIN}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { name: `Welcome, ${username}` }).waitFor();
}

/** Switches the portal to Albanian (or back) with the language buttons in the top bar. */
export async function switchLanguage(page: Page, language: 'sq' | 'en'): Promise<void> {
  await page.getByRole('button', { name: language === 'sq' ? 'Shqip' : 'English' }).click();
}
