/// <reference lib="dom" />
import { mustSucceed } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, PORTAL_ORIGIN, shot, signIn, type PortalSession } from './support/browser';

/**
 * One person's path through the portal in Chromium, each role after the other: the server's headers, a first
 * responder's identification step by step, the RA's inbox and person page in Albanian and notifications, the RA's
 * referral from the person's page, and the shelter accepting it and working on it as a case (support/browser.ts says
 * how the browser reaches the portal).
 */
let session: PortalSession;

beforeAll(async () => {
  session = await openPortal('portal');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('the portal server', () => {
  it('answers with a strict Content-Security-Policy, no framing and nosniff', async () => {
    const response = await fetch(`${session.portal.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ${new URL(session.stack.gatewayUrl).origin} ${new URL(session.stack.issuer).origin}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // Only the silent renew's return page may be framed, and only by the portal.
    const renew = await fetch(`${session.portal.url}/silent-renew.html`);
    expect(renew.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(renew.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves nothing outside the build and refuses writes', async () => {
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/missing.js']) {
      const response = await fetch(`${session.portal.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await fetch(`${session.portal.url}/`, { method: 'POST' })).status).toBe(405);
    expect(await (await fetch(`${session.portal.url}/config.json`)).json()).toEqual({ gatewayUrl: session.stack.gatewayUrl, issuer: session.stack.issuer, clientId: 'nrm-portal' });
  });
});

describe('the portal in a browser', () => {
  let reference = '';
  let personPath = '';

  it('a first responder signs in and submits an identification step by step', async () => {
    const context = await session.newContext();
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
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    // The first responder's menu item is not the RA's.
    expect(await page.getByRole('link', { name: 'New identification', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Shqip' }).click();
    await page.getByRole('link', { name: 'Identifikimet e reja' }).first().click();
    await page.getByRole('heading', { name: 'Identifikimet e reja' }).waitFor();
    const link = page.getByRole('link', { name: reference });
    await link.waitFor();
    personPath = (await link.getAttribute('href')) ?? '';
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
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
  it('the RA refers the person to a shelter from the person\'s page', async () => {
    expect(personPath).toMatch(/^\/people\/[^/]+$/);
    const providers = await mustSucceed<{ serviceProviders: { agencyId: string; name: string }[] }>(session.stack, 'ra.officer', '{ serviceProviders { agencyId name } }');
    const shelterA = providers.serviceProviders.find((provider) => provider.agencyId === 'shelter-a')?.name ?? '';
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'New identifications' }).click();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Person ${reference}` }).waitFor();
    await page.getByRole('link', { name: 'Refer to a service provider' }).click();
    await page.getByRole('heading', { name: `Refer ${reference}` }).waitFor();
    await page.locator('[data-provider="shelter-a"]').getByText('Can take the person').waitFor();
    await page.getByRole('radiogroup', { name: 'Provider the person chose' }).locator('label.radio', { hasText: shelterA }).click();
    await page.getByRole('button', { name: 'Create referral' }).click();
    await page.getByRole('heading', { name: `Referral of ${reference}` }).waitFor();
    await page.getByTestId('referral-status').getByText("Waiting for the provider's answer").waitFor();
    await shot(page, '10-journey-referred');
    await context.close();
  }, 300_000);

  it('the shelter accepts the referral, admits the person and works on the case', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'cm.shelter-a');
    await page.getByRole('link', { name: 'Incoming referrals' }).first().click();
    const card = page.locator('li.card', { hasText: reference });
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('link', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor();
    await page.getByLabel('Placement').selectOption('RESIDENTIAL_SHELTER');
    await page.getByRole('button', { name: 'Admit' }).click();
    await page.getByText('I. Crisis intervention').waitFor();
    await page.getByRole('tab', { name: 'Needs assessment' }).click();
    await page.getByLabel('Area').selectOption('HEALTH');
    await page.getByLabel('Summary').selectOption('GOOD');
    await page.getByLabel('Notes').fill('Seen on arrival.');
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.locator('li.card', { hasText: 'Seen on arrival.' }).waitFor();
    await shot(page, '11-journey-case');
    await expectAccessible(page, 'journey case');
    await context.close();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
