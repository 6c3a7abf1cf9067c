/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { submitPerson } from '../../gateway/test/support/nrm-fixtures';
import { DEMO_PASSWORD, expectAccessible, openPortal, PORTAL_ORIGIN, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The first responder's drafts in Chromium (kept on the server as the form moves on, resumed after a reload, sealed in
 * IndexedDB while offline and sent when back online, submitted once, nothing left after sign-out), the identity
 * provider's page in the portal's language, and the RA inbox at phone width.
 */
let session: PortalSession;

beforeAll(async () => {
  session = await openPortal('drafts');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

interface SentOperation {
  operationName?: string;
  variables?: { input?: Record<string, unknown> & { clientRequestId?: string } };
}

/** Every GraphQL operation the page sends to the gateway. */
function recordOperations(page: Page): SentOperation[] {
  const sent: SentOperation[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().startsWith(session.stack.gatewayUrl)) return;
    try {
      sent.push(JSON.parse(request.postData() ?? '{}') as SentOperation);
    } catch {
      // not an operation
    }
  });
  return sent;
}

/**
 * After a reload the tokens are gone (memory only). The portal asks the identity provider's session silently, which
 * the test's browser may refuse (the provider is on another site than the routed portal): then sign in again.
 */
async function signInAgainIfAsked(page: Page, username: string): Promise<void> {
  const signInButton = page.getByRole('button', { name: 'Sign in' });
  const home = page.getByRole('link', { name: 'New identification' }).first();
  await signInButton.or(home).first().waitFor({ timeout: 60_000 });
  if (await home.isVisible()) return;
  await signInButton.click();
  // The provider's session may still stand (no form then).
  const form = page.locator('#username');
  await form.or(home).first().waitFor({ timeout: 60_000 });
  if (await form.isVisible()) {
    await form.fill(username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#kc-login').click();
  }
  await home.waitFor({ timeout: 60_000 });
}

/** Resolves once the server has answered a draft save whose payload satisfies `check`. */
async function savedWith(page: Page, check: (payload: { step?: string; fields?: Record<string, unknown> }) => boolean): Promise<void> {
  await page.waitForResponse(
    (response) => {
      const body = response.request().postDataJSON() as SentOperation | null;
      if (body?.operationName !== 'SaveIdentificationDraft' || !response.ok()) return false;
      return check(JSON.parse(String(body.variables?.input?.['payload'] ?? '{}')) as { step?: string; fields?: Record<string, unknown> });
    },
    { timeout: 30_000 },
  );
}

/** Asks `check` every quarter second until it holds, for at most `timeoutMs`. */
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What the page's IndexedDB holds of the drafts: whether the database exists, the key's properties, the copies. */
async function draftStorage(page: Page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name);
    if (!names.includes('nrm-drafts')) return { exists: false as const, names };
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('nrm-drafts');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const read = <T,>(store: string, work: (objects: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const asked = work(database.transaction(store, 'readonly').objectStore(store));
        asked.onsuccess = () => resolve(asked.result);
        asked.onerror = () => reject(asked.error);
      });
    const key = (await read('keys', (keys) => keys.get('device'))) as CryptoKey | undefined;
    const copies = (await read('drafts', (drafts) => drafts.getAll())) as { clientRequestId: string; iv: Uint8Array; ciphertext: ArrayBuffer }[];
    database.close();
    return {
      exists: true as const,
      names,
      key: key ? { type: key.type, extractable: key.extractable, algorithm: key.algorithm.name, isCryptoKey: key instanceof CryptoKey } : undefined,
      copies: copies.map((copy) => ({ clientRequestId: copy.clientRequestId, fields: Object.keys(copy).sort(), text: new TextDecoder('latin1').decode(copy.ciphertext) })),
    };
  });
}

describe('a first responder\'s draft', () => {
  it('is saved as the form moves on, resumed after a reload, kept sealed on the device offline, submitted once, and gone after sign-out', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const sent = recordOperations(page);
    await signIn(page, 'police.tirana');
    await page.getByRole('link', { name: 'New identification' }).first().click();
    await page.getByRole('heading', { name: 'Initial identification' }).waitFor();

    // Two steps filled: screening, then the interview.
    await page.getByLabel('Estimated age (years)').fill('27');
    const groups = page.locator('fieldset');
    await groups.first().locator('label.check').first().waitFor();
    for (let index = 0; index < 3; index += 1) await groups.nth(index).locator('label.check').first().click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Interview' }).waitFor();
    await page.locator('label.check', { hasText: 'The person agrees to be interviewed' }).click();
    await page.getByLabel('Given name').fill('Drita');
    await page.getByLabel('Family name').fill('Kodra');
    await page.locator('label.radio', { hasText: 'Female' }).click();
    await page.getByLabel('Citizenship').fill('AL');
    await page.locator('label.radio', { hasText: 'Inland' }).click();
    const regionSaved = savedWith(page, (payload) => payload.fields?.['region'] !== '' && payload.step === 'interview');
    await page.locator('.choices').filter({ hasText: 'Region' }).locator('label.radio').first().click();
    await regionSaved;
    await page.getByTestId('draft-state').getByText(/^Draft saved/).waitFor();
    const saves = sent.filter((operation) => operation.operationName === 'SaveIdentificationDraft');
    const clientRequestId = saves.at(-1)?.variables?.input?.clientRequestId ?? '';
    expect(clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(saves.every((operation) => operation.variables?.input?.clientRequestId === clientRequestId)).toBe(true);
    await shot(page, 'drafts-01-saved-on-server');
    await expectAccessible(page, 'identification with a saved draft');

    // A reload forgets the page's state and the tokens: once signed in again, the draft is listed and resumed.
    await page.reload();
    await signInAgainIfAsked(page, 'police.tirana');
    await page.getByRole('link', { name: 'New identification' }).first().click();
    const item = page.locator(`li[data-client-request-id="${clientRequestId}"]`);
    await item.waitFor({ timeout: 60_000 });
    await expect(item.textContent()).resolves.toContain('step: Interview');
    await shot(page, 'drafts-02-listed-after-reload');
    await expectAccessible(page, 'draft list');
    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: 'Identifikimet tuaja të papërfunduara' }).waitFor();
    await expect(item.textContent()).resolves.toContain('hapi: Intervista');
    await shot(page, 'drafts-02b-listed-sq');
    await expectAccessible(page, 'draft list in Albanian');
    await switchLanguage(page, 'en');
    await item.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Interview' }).waitFor();
    expect(await page.getByLabel('Given name').inputValue()).toBe('Drita');
    expect(await page.getByLabel('Citizenship').inputValue()).toBe('AL');

    // Offline: the edit is kept on this device, sealed under a key the page cannot read.
    await context.setOffline(true);
    await page.getByLabel('Family name').fill('Kodra-Hoxha');
    await page.getByTestId('draft-state').getByText(/saved on this device/).waitFor();
    await shot(page, 'drafts-03-saved-on-device');
    await expectAccessible(page, 'draft saved on the device');
    const offline = await draftStorage(page);
    expect(offline.exists).toBe(true);
    if (!offline.exists) return;
    expect(offline.key).toEqual({ type: 'secret', extractable: false, algorithm: 'AES-GCM', isCryptoKey: true });
    const copy = offline.copies.find((stored) => stored.clientRequestId === clientRequestId);
    expect(copy?.fields).toEqual(['ciphertext', 'clientRequestId', 'iv']);
    for (const plain of ['Drita', 'Kodra', 'interview', 'estimatedAge']) expect(copy?.text).not.toContain(plain);
    // No token either: web storage holds no token (sessionStorage only a sign-in's short-lived PKCE state) nor the names.
    const webStorage = await page.evaluate(() => [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`)).join('\n'));
    for (const secret of ['access_token', 'refresh_token', 'id_token', 'eyJ', 'Drita', 'Kodra']) expect({ secret, found: webStorage.includes(secret) }).toEqual({ secret, found: false });

    // Back online: the copy goes to the server and leaves the device.
    await context.setOffline(false);
    await page.getByTestId('draft-state').getByText(/^Draft saved/).waitFor({ timeout: 30_000 });
    await waitUntil(async () => {
      const stored = await draftStorage(page);
      return !stored.exists || stored.copies.length === 0;
    });
    const pushed = sent.filter((operation) => operation.operationName === 'SaveIdentificationDraft').at(-1);
    expect(JSON.parse(String(pushed?.variables?.input?.['payload'] ?? '{}'))).toMatchObject({ fields: { familyName: 'Kodra-Hoxha' } });

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Immediate needs' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Review and submit' }).waitFor();
    await page.getByRole('button', { name: 'Submit identification' }).click();
    await page.getByRole('heading', { name: 'Identification submitted' }).waitFor();
    const reference = /NRM-\d{4}-\d+/.exec((await page.getByText(/Reference: NRM-/).textContent()) ?? '')?.[0] ?? '';
    await shot(page, 'drafts-04-submitted');

    // Submitted once, with the draft's clientRequestId; the server's draft is consumed.
    const submissions = sent.filter((operation) => operation.operationName === 'SubmitInitialIdentification');
    expect(submissions.map((operation) => operation.variables?.input?.clientRequestId)).toEqual([clientRequestId]);
    const token = await session.stack.tokenFor('police.tirana');
    const drafts = await session.stack.graphql<{ myIdentificationDrafts: { clientRequestId: string }[] }>('{ myIdentificationDrafts { clientRequestId } }', {}, token);
    expect(drafts.data?.myIdentificationDrafts.map((draft) => draft.clientRequestId)).not.toContain(clientRequestId);
    // The same submission again answers with the same record: there is one identification for this clientRequestId.
    const replay = await session.stack.graphql<{ submitInitialIdentification: { person: { reference: string } } }>(
      'mutation Replay($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { reference } } }',
      { input: submissions[0]?.variables?.input },
      token,
    );
    expect(replay.errors).toBeUndefined();
    expect(replay.data?.submitInitialIdentification.person.reference).toBe(reference);
    expect(await page.locator('li[data-client-request-id]').filter({ has: page.locator(`[id="draft-${clientRequestId}"]`) }).count()).toBe(0);

    // Sign-out takes the device's copies and their key with it.
    const before = await draftStorage(page);
    expect(before.exists && before.copies.length).toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).origin).toBe(PORTAL_ORIGIN);
    const after = await draftStorage(page);
    expect(after.exists).toBe(false);
    await context.close();
  }, 300_000);
});

describe('the identity provider\'s sign-in page', () => {
  it('speaks Albanian after the portal is switched to Shqip, its error too', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${PORTAL_ORIGIN}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await switchLanguage(page, 'sq');
    await page.getByRole('button', { name: 'Hyr' }).click();
    await page.getByRole('heading', { name: 'Hyni në llogarinë tuaj' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sq');
    await page.getByLabel('Emri i përdoruesit').fill('police.tirana');
    await page.getByLabel('Fjalëkalimi').fill('not-the-password');
    await page.getByRole('button', { name: 'Hyr' }).click();
    await page.locator('#input-error').getByText('Emri i përdoruesit ose fjalëkalimi është i pasaktë.').waitFor();
    await shot(page, 'drafts-05-login-sq');
    await expectAccessible(page, 'identity provider sign-in in Albanian');
    await context.close();
  }, 120_000);
});

describe('the RA inbox at phone width', () => {
  it('never scrolls the page sideways: the table scrolls inside its focusable region', async () => {
    const context = await session.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    // One identification of the test's own at least (the list may hold other files' too).
    const { reference } = await submitPerson(session.stack, 'police.tirana', { givenName: 'Elira', familyName: 'Inbox' });
    await signIn(page, 'ra.officer');
    await switchLanguage(page, 'sq');
    await page.getByRole('link', { name: 'Identifikimet e reja' }).first().click();
    const region = page.getByRole('region', { name: /Tabela e identifikimeve/ });
    await region.getByRole('link', { name: reference }).waitFor();
    const widths = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap') as HTMLElement;
      return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, wrap: wrap.clientWidth, table: wrap.scrollWidth, tabIndex: wrap.tabIndex };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.wrap).toBeLessThanOrEqual(widths.viewport);
    expect(widths.tabIndex).toBe(0);
    // The region takes the keyboard's focus, so its overflow can be scrolled without a pointer.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('table-wrap'))).toBe(true);
    await shot(page, 'drafts-06-inbox-phone-sq');
    await expectAccessible(page, 'inbox at phone width');
    await context.close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
