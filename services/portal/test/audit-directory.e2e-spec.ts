/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { mustSucceed, submitPerson } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The oversight and administration pages in Chromium: the auditor reads a person's merged trail, filters and pages it,
 * and verifies every chain, and has no page of person data; the platform administrator lists the providers, meets the
 * add form's rules and edits one. The coordinator's statistics dashboard has its own suite (statistics.e2e-spec.ts).
 */
const READ_PERSON = `query($id: ID!) { person(id: $id) { id summary { sex } } }`;
const PROVIDERS = `{ serviceProviders { id agencyId name services } }`;
const UPDATE_PROVIDER = `mutation($input: UpdateServiceProviderInput!) { updateServiceProvider(input: $input) { id services } }`;

let session: PortalSession;

async function signedIn(username: string): Promise<Page> {
  const context = await session.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/**
 * Opens a path inside the running portal without reloading it (a reload forgets the in-memory tokens, and the silent
 * renew through the identity provider's session is not dependable in the test browser): as a typed link would.
 */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** At phone width the page itself never scrolls sideways: wide tables scroll inside their own region. */
async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect({ name, fits: widths.page <= widths.viewport }).toEqual({ name, fits: true });
}

beforeAll(async () => {
  session = await openPortal('audit-directory');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('the auditor', () => {
  let personId = '';

  beforeAll(async () => {
    ({ personId } = await submitPerson(session.stack, 'police.tirana', { givenName: 'Gjurma', familyName: 'Auditimi' }));
    // Each read of the RA is audited on its legal mandate: more than a page of entries.
    for (let read = 0; read < 30; read += 1) await mustSucceed(session.stack, 'ra.officer', READ_PERSON, { id: personId });
  }, 120_000);

  it("reads a person's trail, filters it by legal basis, pages through it and verifies every chain", async () => {
    const page = await signedIn('auditor');
    // No page of person data in the auditor's menu.
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'Audit trail' }).waitFor();
    for (const name of ['Inbox', 'New identification', 'Formal identification', 'Directory']) expect(await menu.getByRole('link', { name }).count()).toBe(0);

    await menu.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Show the trail' }).click();
    await page.getByText("Enter the person's id", { exact: false }).first().waitFor();

    await page.getByLabel('Person id').fill(personId);
    await page.getByRole('button', { name: 'Show the trail' }).click();
    const table = page.getByRole('region', { name: 'Entries' });
    await table.getByRole('cell', { name: /^ra\.officer/ }).first().waitFor();
    await page.getByText('Page 1: 25 entries').waitFor();
    await shot(page, 'audit-directory-01-trail');
    await expectAccessible(page, 'audit trail');
    await expectNoSidewaysScroll(page, 'audit trail');

    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(/^Page 2: \d+ entr/).waitFor();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('Page 1: 25 entries').waitFor();

    // Only the entries on the RA's legal mandate.
    await page.getByRole('button', { name: /Legal basis/ }).click();
    await page.getByRole('option', { name: 'Legal mandate' }).click();
    await page.getByRole('button', { name: 'Show the trail' }).click();
    await page.getByText('Page 1: 25 entries').waitFor();
    const bases = await table.locator('tbody tr td:nth-child(6)').allTextContents();
    expect(new Set(bases)).toEqual(new Set(['Legal mandate']));
    // A basis no one used here: nothing matches.
    await page.getByRole('button', { name: /Legal basis/ }).click();
    await page.getByRole('option', { name: 'Override' }).click();
    await page.getByRole('button', { name: 'Show the trail' }).click();
    await page.getByText('No entry matches.').waitFor();

    await page.getByRole('button', { name: 'Verify the chains' }).click();
    await page.getByText('Every chain verifies.').waitFor({ timeout: 60_000 });
    await page.getByRole('listitem').filter({ hasText: /^identification: verifies/ }).waitFor();
    await shot(page, 'audit-directory-02-verified');
    await expectAccessible(page, 'chain verification');
    await expectNoSidewaysScroll(page, 'chain verification');

    // The page in Albanian.
    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: 'Regjistri i auditimit', level: 1 }).waitFor();
    await page.getByText('Çdo zinxhir verifikohet.').waitFor();
    await shot(page, 'audit-directory-03-audit-sq');
    await expectAccessible(page, 'audit trail (sq)');
    await expectNoSidewaysScroll(page, 'audit trail (sq)');
    await page.context().close();
  });

  it('has no page of person data: the inbox and formal identification are not routed, and the person page shows the refusal', async () => {
    const page = await signedIn('auditor');
    for (const path of ['/inbox', '/formal-identifications', '/directory']) {
      await openInApp(page, path);
      await page.getByRole('heading', { name: 'Welcome, auditor' }).waitFor();
    }
    await openInApp(page, `/people/${personId}`);
    await page.getByRole('alert').filter({ hasText: 'Your role may not do this.' }).waitFor();
    expect(await page.getByText('Gjurma').count()).toBe(0);
    await shot(page, 'audit-directory-04-auditor-person-refused');
    await expectAccessible(page, 'person page refused to the auditor');
    await expectNoSidewaysScroll(page, 'person page refused to the auditor');
    await page.context().close();
  });
});

describe('the platform administrator', () => {
  let shelterC: { id: string; services: string[] } | undefined;

  afterAll(async () => {
    // shelter-c's services as they were, for the other suites of the run.
    if (shelterC) await session.stack.graphql(UPDATE_PROVIDER, { input: { providerId: shelterC.id, services: shelterC.services } }, await session.stack.tokenFor('admin'));
  });

  it('lists the providers, meets the add form rules, and edits a provider', async () => {
    const providers = await mustSucceed<{ serviceProviders: Array<{ id: string; agencyId: string; name: string; services: string[] }> }>(session.stack, 'admin', PROVIDERS);
    const found = providers.serviceProviders.find((provider) => provider.agencyId === 'shelter-c');
    expect(found).toBeDefined();
    shelterC = { id: found!.id, services: found!.services };

    const page = await signedIn('admin');
    await page.getByRole('navigation').getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { name: 'Service providers' }).waitFor();
    const table = page.getByRole('region', { name: 'Service providers' });
    await table.getByRole('cell', { name: found!.name, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Agencies' }).waitFor();
    await page.getByRole('region', { name: 'Users' }).getByRole('cell', { name: 'sfait.tirana' }).waitFor();
    await shot(page, 'audit-directory-05-directory');
    await expectAccessible(page, 'directory');
    await expectNoSidewaysScroll(page, 'directory');

    // Adding a provider: the form's own rules beside each field before anything is sent. (The one demo agency that is
    // not a provider yet, shelter-d, is registered by the gateway's provider-directory suite on the same platform.)
    await page.getByRole('button', { name: 'Add a provider' }).click();
    await page.getByRole('heading', { name: 'Add a service provider' }).waitFor();
    await page.getByRole('button', { name: 'Add the provider' }).click();
    for (const message of ['Choose the agency.', 'Enter the name.', 'Choose the region.', 'Choose at least one group.', 'Choose at least one service.', 'Enter a whole number from 0 to 10000.']) {
      await page.getByText(message).waitFor();
    }
    await shot(page, 'audit-directory-06-add-rules');
    await expectAccessible(page, 'add provider form with errors');
    await expectNoSidewaysScroll(page, 'add provider form with errors');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: `Edit ${found!.name}` }).click();
    await page.getByRole('heading', { name: `Edit ${found!.name}` }).waitFor();
    const interpreter = page.locator('label.check', { hasText: 'Interpreter' });
    await interpreter.click();
    await page.getByLabel('Places in total').fill('20001');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Enter a whole number from 0 to 10000.').waitFor();
    await page.getByLabel('Places in total').fill(String((await placesOf(found!.id)) ?? 0));
    await shot(page, 'audit-directory-07-edit');
    await expectAccessible(page, 'edit provider form');
    await expectNoSidewaysScroll(page, 'edit provider form');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText(`${found!.name} is updated.`).waitFor();
    const after = await mustSucceed<{ serviceProviders: Array<{ id: string; services: string[] }> }>(session.stack, 'admin', PROVIDERS);
    const services = after.serviceProviders.find((provider) => provider.id === found!.id)!.services;
    expect(services.includes('INTERPRETER')).toBe(!shelterC.services.includes('INTERPRETER'));

    // Its history names the change and who made it.
    await page.getByRole('button', { name: `History of ${found!.name}` }).click();
    await page.getByRole('heading', { name: `History of ${found!.name}` }).waitFor();
    await page.getByRole('listitem').filter({ hasText: /Changed.*admin/ }).first().waitFor();
    await shot(page, 'audit-directory-08-history');
    await page.context().close();
  });
});

async function placesOf(providerId: string): Promise<number | null> {
  const data = await mustSucceed<{ serviceProviders: Array<{ id: string; placesTotal: number | null }> }>(session.stack, 'admin', `{ serviceProviders { id placesTotal } }`);
  return data.serviceProviders.find((provider) => provider.id === providerId)?.placesTotal ?? null;
}

