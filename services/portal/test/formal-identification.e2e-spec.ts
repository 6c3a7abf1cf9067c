/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { mustSucceed, submitPerson } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * Formal identification in Chromium. Requests are made and groups convened through the API (as the gateway suite
 * does); then a member of the group finds the request among their groups, sees its due date, records the conclusion
 * through the form; the RA finds a person's request by reference and convenes its group through the form; and a
 * member of other groups who opens a request that is not theirs gets the API's refusal and no conclusion form.
 */
const FIELDS = 'id status dueAt';
const REQUEST = `mutation($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { ${FIELDS} } }`;
const CONVENE = `mutation($input: ConveneFormalIdentificationGroupInput!) { conveneFormalIdentificationGroup(input: $input) { ${FIELDS} } }`;
const INTERVIEW = `mutation($input: RecordFormalInterviewInput!) { recordFormalInterview(input: $input) { id } }`;
const CONCLUDE = `mutation($input: RecordFormalIdentificationConclusionInput!) { recordFormalIdentificationConclusion(input: $input) { id } }`;
const USERS = `{ users { id username } }`;
const STATUS = `query($id: ID!) { person(id: $id) { summary { identificationStatus } } }`;

let session: PortalSession;
const userIds: Record<string, string> = {};

/** An adult's request, convened with sfait.tirana and rdsss.tirana, and (unless told otherwise) its interview recorded. */
async function convenedRequest(givenName: string, withInterview = true): Promise<{ id: string; personId: string }> {
  const { stack } = session;
  const { personId } = await submitPerson(stack, 'police.tirana', { givenName, familyName: 'Portal' });
  const requested = await mustSucceed<{ requestFormalIdentification: { id: string } }>(stack, 'ra.officer', REQUEST, { input: { personId, statementOfWillingness: true } });
  const id = requested.requestFormalIdentification.id;
  await mustSucceed(stack, 'ra.officer', CONVENE, {
    input: { formalIdentificationId: id, policeMemberId: userIds['sfait.tirana'], socialMemberId: userIds['rdsss.tirana'], scheduledAt: new Date(Date.now() + 3600_000).toISOString() },
  });
  if (withInterview) {
    await mustSucceed(stack, 'sfait.tirana', INTERVIEW, {
      input: { formalIdentificationId: id, startedAt: new Date(Date.now() - 3 * 3600_000).toISOString(), endedAt: new Date(Date.now() - 2 * 3600_000).toISOString() },
    });
  }
  return { id, personId };
}

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
  session = await openPortal('formal-identification');
  const users = await mustSucceed<{ users: Array<{ id: string; username: string }> }>(session.stack, 'ra.officer', USERS);
  for (const user of users.users) userIds[user.username] = user.id;
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('formal identification in the portal', () => {
  it('a member of the group finds the request among their groups with its due date, and records the conclusion', async () => {
    const request = await convenedRequest('Konkluda');
    const page = await signedIn('rdsss.tirana');
    await page.getByRole('link', { name: 'Formal identification' }).first().click();
    await page.getByRole('heading', { name: 'Your formal identification groups' }).waitFor();
    const link = page.locator(`a[href="/formal-identifications/${request.id}"]`);
    await link.waitFor();
    await shot(page, 'formal-identification-01-member-groups');
    await expectAccessible(page, 'member groups');
    await expectNoSidewaysScroll(page, 'member groups');

    // The same list in Albanian.
    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: 'Grupet tuaja të identifikimit formal' }).waitFor();
    await page.getByRole('columnheader', { name: 'Afati i mbledhjes së grupit' }).waitFor();
    await shot(page, 'formal-identification-02-member-groups-sq');
    await expectAccessible(page, 'member groups (sq)');
    await expectNoSidewaysScroll(page, 'member groups (sq)');
    await switchLanguage(page, 'en');

    await link.click();
    await page.getByRole('heading', { name: 'Formal identification request' }).waitFor();
    await page.getByText('Group due by').waitFor();
    await page.getByText('The group convenes within 5 working days of the request.').waitFor();
    await page.getByRole('heading', { name: 'Conclusion of the group' }).waitFor();
    // The social member records no criminal report: that is the police member's.
    expect(await page.getByRole('heading', { name: 'Criminal report' }).count()).toBe(0);

    // The form's rules speak beside the fields before anything is sent.
    await page.getByRole('button', { name: 'Record the conclusion' }).click();
    await page.getByText('Choose the outcome.').waitFor();
    await page.getByText("Write the group's reasons.").waitFor();
    await shot(page, 'formal-identification-03-conclusion-rules');
    await expectAccessible(page, 'conclusion form with errors');
    await expectNoSidewaysScroll(page, 'conclusion form with errors');

    await page.locator('label.radio', { hasText: 'Victim of trafficking' }).first().click();
    await page.getByLabel('Reasons of the group').fill('Indicators of recruitment, threat and sexual exploitation confirmed in the formal interview.');
    await page.getByRole('button', { name: 'Record the conclusion' }).click();
    await page.getByRole('definition').filter({ hasText: 'Concluded' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record the conclusion' }).count()).toBe(0);
    await shot(page, 'formal-identification-04-concluded');
    await expectAccessible(page, 'concluded request');
    await expectNoSidewaysScroll(page, 'concluded request');

    const status = await mustSucceed<{ person: { summary: { identificationStatus: string } } }>(session.stack, 'ra.officer', STATUS, { id: request.personId });
    expect(status.person.summary.identificationStatus).toBe('VICTIM');
    await page.context().close();
  });

  it('the police member sees the criminal report form; a conclusion waits for the interview', async () => {
    const request = await convenedRequest('Intervista', false);
    const page = await signedIn('sfait.tirana');
    await openInApp(page, `/formal-identifications/${request.id}`);
    await page.getByRole('heading', { name: 'Formal interview', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Criminal report' }).waitFor();
    await page.getByText('Record the formal interview with its end before the conclusion.').waitFor();
    expect(await page.getByRole('button', { name: 'Record the conclusion' }).count()).toBe(0);
    await shot(page, 'formal-identification-05-police-member');
    await expectAccessible(page, 'police member request');
    await expectNoSidewaysScroll(page, 'police member request');
    await page.context().close();
  });

  it('the RA finds the request by reference and convenes the group through the form', async () => {
    const { stack } = session;
    const { personId, reference } = await submitPerson(stack, 'police.tirana', { givenName: 'Mbledhja', familyName: 'Portal' });
    const requested = await mustSucceed<{ requestFormalIdentification: { id: string } }>(stack, 'ra.officer', REQUEST, { input: { personId, statementOfWillingness: true } });
    const page = await signedIn('ra.officer');
    await page.getByRole('link', { name: 'Formal identification' }).first().click();
    await page.getByLabel('NRM reference').fill(reference);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.locator(`a[href="/formal-identifications/${requested.requestFormalIdentification.id}"]`).click();
    await page.getByRole('heading', { name: 'Convene the formal identification group' }).waitFor();
    await page.getByRole('button', { name: 'Convene the group' }).click();
    await page.getByText('Choose a member.').first().waitFor();
    await page.locator('label.radio', { hasText: 'sfait.tirana' }).click();
    await page.locator('label.radio', { hasText: 'rdsss.tirana' }).click();
    await page.getByLabel('Formal interview scheduled for').fill(toLocalInput(new Date(Date.now() + 24 * 3600_000)));
    await shot(page, 'formal-identification-06-convene');
    await expectAccessible(page, 'convene form');
    await expectNoSidewaysScroll(page, 'convene form');
    await page.getByRole('button', { name: 'Convene the group' }).click();
    await page.getByRole('definition').filter({ hasText: 'Group convened' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Convene the formal identification group' }).count()).toBe(0);
    await page.context().close();
  });

  it("refuses a member of other groups a request that is not theirs: the API says FORBIDDEN and the page shows no conclusion form", async () => {
    const request = await convenedRequest('Huaj');
    // cpw.tirana sits in children's groups, not in this adult's.
    const refused = await session.stack.graphql(CONCLUDE, { input: { formalIdentificationId: request.id, outcome: 'NOT_VICTIM', reasons: 'not mine' } }, await session.stack.tokenFor('cpw.tirana'));
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const page = await signedIn('cpw.tirana');
    await page.getByRole('link', { name: 'Formal identification' }).first().click();
    await page.getByRole('heading', { name: 'Your formal identification groups' }).waitFor();
    expect(await page.locator(`a[href="/formal-identifications/${request.id}"]`).count()).toBe(0);
    await openInApp(page, `/formal-identifications/${request.id}`);
    await page.getByRole('alert').filter({ hasText: 'This request is not one of your formal identification groups.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record the conclusion' }).count()).toBe(0);
    expect(await page.getByText('Group due by').count()).toBe(0);
    await shot(page, 'formal-identification-07-not-yours');
    await expectAccessible(page, 'request of another group');
    await expectNoSidewaysScroll(page, 'request of another group');
    await page.context().close();
    expect(session.cspViolations).toEqual([]);
  });
});

function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
