import { randomUUID } from 'node:crypto';
import { serviceAccountGrant, type Stack, startStack, waitFor } from '@nrm/testing';
import type { CaughtMessage } from '../../../infra/scripts/mail-catcher.cjs';
import { mustSucceed, submitPerson } from './support/nrm-fixtures';

// E-mail through the whole platform (docs/notifications.md): a submission by the police reaches the RA officer's
// mailbox at the stack's mail catch-all once, in their language, with the NRM reference and nothing of the person;
// the preferences a user sets through the API change what arrives, and urgent ones arrive whatever they say.

jest.setTimeout(180_000);

const RA_OFFICER = 'ra.officer@mail.nrm.local';
const RA_HEAD = 'ra.head@mail.nrm.local';
const PREFERENCES = `{ myNotificationPreferences { emailKinds alwaysEmailedKinds language } }`;
const SET_PREFERENCES = `mutation S($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { emailKinds language } }`;

/** A name no other test uses, so its absence from an e-mail proves something. */
function uniqueName(): { givenName: string; familyName: string } {
  const tag = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  return { givenName: `Ardita${tag}`, familyName: `Kelmendi${tag}` };
}

describe('e-mail notifications through the gateway', () => {
  let stack: Stack;
  let allKinds: string[];

  beforeAll(async () => {
    stack = await startStack();
    const mine = await mustSucceed<{ myNotificationPreferences: { emailKinds: string[] } }>(stack, 'ra.head', PREFERENCES);
    allKinds = mine.myNotificationPreferences.emailKinds;
  });

  afterAll(async () => {
    // The stack is shared with other files: every preference back to its default.
    for (const username of ['ra.officer', 'ra.head']) {
      await stack?.graphql(SET_PREFERENCES, { input: { emailKinds: allKinds, language: null } }, await stack.tokenFor(username));
    }
    await stack?.stop();
  });

  async function mailAbout(address: string, reference: string): Promise<CaughtMessage[]> {
    return (await stack.mailTo(address)).filter((message) => message.subject.includes(reference));
  }

  /** Waits for the e-mail, then a little longer so a second copy would have arrived too. */
  async function arrived(address: string, reference: string): Promise<CaughtMessage[]> {
    await waitFor(async () => (await mailAbout(address, reference)).length > 0, { timeoutMs: 30_000, description: `e-mail to ${address} about ${reference}` });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return mailAbout(address, reference);
  }

  it("reaches the RA officer once, in their language, with the reference and no name or date of birth", async () => {
    const name = uniqueName();
    const { reference } = await submitPerson(stack, 'police.tirana', name);

    const mails = await arrived(RA_OFFICER, reference);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.deliveries).toBe(1);
    // The demo RA officer reads Albanian (the directory's locale).
    expect(mail?.language).toBe('sq');
    expect(mail?.subject).toContain('Identifikim paraprak i ri');
    expect(mail?.text).toContain(reference);
    const everything = `${mail?.subject}\n${mail?.text}`;
    for (const personal of [name.givenName, name.familyName, '1995-04-01', '01.04.1995', 'FEMALE']) expect(everything).not.toContain(personal);
  });

  it('follows the preferences set through the API: a kind turned off does not arrive, the chosen language does, urgent ones always', async () => {
    const head = await stack.graphql<{ setNotificationPreferences: { emailKinds: string[] } }>(
      SET_PREFERENCES,
      { input: { emailKinds: allKinds.filter((kind) => kind !== 'NEW_IDENTIFICATION'), language: 'en' } },
      await stack.tokenFor('ra.head'),
    );
    expect(head.errors).toBeUndefined();
    expect(head.data?.setNotificationPreferences.emailKinds).not.toContain('NEW_IDENTIFICATION');
    const officer = await stack.graphql(SET_PREFERENCES, { input: { emailKinds: allKinds, language: 'en' } }, await stack.tokenFor('ra.officer'));
    expect(officer.errors).toBeUndefined();

    const adult = await submitPerson(stack, 'police.tirana', uniqueName());
    const [english] = await arrived(RA_OFFICER, adult.reference);
    expect(english?.language).toBe('en');
    expect(english?.subject).toContain('New initial identification');
    expect(await mailAbout(RA_HEAD, adult.reference)).toEqual([]);

    // A child's identification is urgent: it reaches the RA head although new identifications are turned off.
    const child = await submitPerson(stack, 'police.tirana', { ...uniqueName(), child: true });
    const [urgent] = await arrived(RA_HEAD, child.reference);
    expect(urgent?.subject).toContain('[Child]');
  });

  it("answers the recipients to the notifications service's own token alone, on identification's port, never through the gateway", async () => {
    const identification = new URL(stack.subgraphUrls['identification']!).origin;
    const path = '/internal/directory/recipients?agencyId=responsible-authority&roles=ra_officer';
    const ask = (base: string, token: string | null) =>
      fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}`, accept: 'application/json' } : { accept: 'application/json' } });

    const asService = await ask(identification, await serviceAccountGrant(stack.issuer, 'nrm-notifications'));
    expect(asService.status).toBe(200);
    expect(((await asService.json()) as Array<{ email: string }>).map((user) => user.email)).toContain(RA_OFFICER);

    expect((await ask(identification, null)).status).toBe(401);
    for (const username of ['ra.head', 'police.tirana']) {
      const asUser = await ask(identification, await stack.tokenFor(username));
      expect(asUser.status).toBe(403);
      expect(await asUser.text()).not.toContain('@');
    }
    const asDirectorySync = await ask(identification, await serviceAccountGrant(stack.issuer, 'nrm-directory'));
    expect(asDirectorySync.status).toBe(403);
    // The gateway serves GraphQL only.
    const throughGateway = await ask(new URL(stack.gatewayBaseUrl).origin, await serviceAccountGrant(stack.issuer, 'nrm-notifications'));
    expect(throughGateway.status).not.toBe(200);
  });

  it("keeps each user's preferences their own and names the invalid field", async () => {
    const invalid = await stack.graphql(SET_PREFERENCES, { input: { emailKinds: [], language: 'fr' } }, await stack.tokenFor('ra.officer'));
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.language'] });
    const other = await mustSucceed<{ myNotificationPreferences: { language: string | null } }>(stack, 'cm.shelter-a', PREFERENCES);
    expect(other.myNotificationPreferences.language).toBeNull();
  });
});
