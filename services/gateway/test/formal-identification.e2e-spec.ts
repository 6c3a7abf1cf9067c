import { randomUUID } from 'node:crypto';
import { ALBANIAN_HOLIDAYS_2026_2027 } from '@nrm/calendar';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, GRANT, identificationInput, mustSucceed, providerIds, RESPOND, SUBMIT, submitPerson } from './support/nrm-fixtures';

/*
 * Formal identification end to end, as the demo users through the gateway: the RA requests it, convenes the group
 * (sfait.tirana + rdsss.tirana for an adult, the child's own child protection worker for a child), the members read
 * the person within FORMAL_IDENTIFICATION consent and no more, a member concludes, the person's status follows at once
 * and the group's access ends. Then the hostile cases.
 */

jest.setTimeout(120_000);

const FIELDS = 'id personId status dueAt policeMemberId socialMemberId outcome';
const REQUEST = `mutation($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { ${FIELDS} } }`;
const CONVENE = `mutation($input: ConveneFormalIdentificationGroupInput!) { conveneFormalIdentificationGroup(input: $input) { ${FIELDS} } }`;
const INTERVIEW = `mutation($input: RecordFormalInterviewInput!) { recordFormalInterview(input: $input) { id interviewStartedAt interviewEndedAt } }`;
const CONCLUDE = `mutation($input: RecordFormalIdentificationConclusionInput!) { recordFormalIdentificationConclusion(input: $input) { ${FIELDS} } }`;
const REPORT = `mutation($input: RecordCriminalReportInput!) { recordCriminalReport(input: $input) { id } }`;
const USERS = `query($filter: DirectoryUserFilter) { users(filter: $filter) { id username } }`;
const STATUS = `query($id: ID!) { person(id: $id) { id summary { identificationStatus } } }`;
const READ = `query($id: ID!) { person(id: $id) { id summary { sex } identity { givenName } contactLocation { identifiedInRegion } } }`;
const NOTIFICATIONS = `{ myNotifications(first: 100) { kind subjectRef } }`;
const CASE_STATUS = `{ cases(first: 100) { edges { node { id status person { id } } } } }`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { status } }`;
const PERMIT = `mutation($input: RecordResidencePermitInput!) { recordResidencePermit(input: $input) { id type issuedAt expiresAt } }`;
const PERMITS = `query($personId: ID!) { residencePermits(personId: $personId) { type issuedAt expiresAt } }`;
const PROTECTION = `query($personId: ID!) { removalProtection(personId: $personId) { noRemoval foreignNational formalIdentificationPending residencePermitExpiresAt } }`;
const AUDIT = `query($personId: ID!) { auditTrail(personId: $personId, first: 100) { actorUsername categories action basis decision reason purpose } }`;

type FormalId = { id: string; status: string; dueAt: string; outcome: string | null };

/*
 * The working-day clock counted here on its own, not with libs/calendar's WorkingDayCalendar: days are Tirana's
 * (Europe/Tirane), weekends and the shared stack's holidays (the default calendar: the stack sets no HOLIDAYS) are off,
 * and a deadline ends at the last millisecond of its day in Tirana.
 */
const TIRANA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tirane', year: 'numeric', month: '2-digit', day: '2-digit' });
const TIRANA_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Tirane', timeZoneName: 'longOffset' });
const DAY_MS = 24 * 3600_000;

function tiranaDate(instant: Date): string {
  return TIRANA_DATE.format(instant);
}

function nextDate(isoDate: string, days = 1): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last millisecond of the date in Tirana, as an ISO instant (UTC+1 in winter, UTC+2 in summer). */
function endOfTiranaDay(isoDate: string): string {
  const utcMidnightAfter = Date.parse(`${nextDate(isoDate)}T00:00:00Z`);
  const offset = TIRANA_OFFSET.formatToParts(new Date(utcMidnightAfter - 1)).find((part) => part.type === 'timeZoneName')!.value; // "GMT+01:00"
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(offset)!;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  return new Date(utcMidnightAfter - offsetMs - 1).toISOString();
}

/** The date `count` working days after the Tirana day of `from`, and the days off skipped on the way. */
function workingDaysAfter(from: Date, count: number): { date: string; skipped: string[] } {
  const holidays = new Set(ALBANIAN_HOLIDAYS_2026_2027);
  let date = tiranaDate(from);
  const skipped: string[] = [];
  for (let left = count; left > 0; ) {
    date = nextDate(date);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || holidays.has(date)) skipped.push(date);
    else left -= 1;
  }
  return { date, skipped };
}

describe('formal identification, through the gateway', () => {
  let stack: Stack;
  const ids: Record<string, string> = {};

  async function as(username: string, query: string, variables: Record<string, unknown>) {
    return stack.graphql<Record<string, unknown>>(query, variables, await stack.tokenFor(username));
  }

  async function status(personId: string): Promise<string | undefined> {
    const result = await stack.graphql<{ person: { summary: { identificationStatus: string } } }>(STATUS, { id: personId }, await stack.tokenFor('ra.officer'));
    return result.data?.person.summary.identificationStatus;
  }

  /** Whether the user's notifications hold one of this kind about the person's reference. */
  async function told(username: string, kind: string, reference: string): Promise<boolean> {
    const result = await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(NOTIFICATIONS, {}, await stack.tokenFor(username));
    return result.data?.myNotifications.some((notification) => notification.kind === kind && notification.subjectRef === reference) ?? false;
  }

  /** What a member reads of the person: each category's value or the code of its refusal. */
  async function readAs(username: string, personId: string): Promise<Record<string, unknown>> {
    const result = await stack.graphql<{ person: Record<string, unknown> | null }>(READ, { id: personId }, await stack.tokenFor(username));
    const codeAt = (field: string) => result.errors?.find((error) => error.path?.join('.') === `person.${field}` || error.path?.join('.') === 'person')?.extensions.code;
    return {
      summary: result.data?.person?.['summary'] ?? codeAt('summary'),
      identity: result.data?.person?.['identity'] ?? codeAt('identity'),
      contactLocation: result.data?.person?.['contactLocation'] ?? codeAt('contactLocation'),
    };
  }

  async function request(personId: string, statementOfWillingness: boolean | null = true): Promise<FormalId> {
    const data = await mustSucceed<{ requestFormalIdentification: FormalId }>(stack, 'ra.officer', REQUEST, { input: { personId, statementOfWillingness } });
    return data.requestFormalIdentification;
  }

  function convene(formalIdentificationId: string, police: string, social: string) {
    return as('ra.officer', CONVENE, { input: { formalIdentificationId, policeMemberId: ids[police] ?? police, socialMemberId: ids[social] ?? social, scheduledAt: new Date(Date.now() + 3600_000).toISOString() } });
  }

  async function interview(formalIdentificationId: string, member = 'sfait.tirana'): Promise<{ startedAt: string; endedAt: string }> {
    const startedAt = new Date(Date.now() - 3 * 3600_000).toISOString();
    const endedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    await mustSucceed(stack, member, INTERVIEW, { input: { formalIdentificationId, startedAt, endedAt } });
    return { startedAt, endedAt };
  }

  beforeAll(async () => {
    stack = await startStack();
    const users = await mustSucceed<{ users: Array<{ id: string; username: string }> }>(stack, 'ra.officer', USERS, {});
    for (const user of users.users) ids[user.username] = user.id;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('runs the whole flow for an adult: request → convene → members read within FORMAL_IDENTIFICATION consent → conclusion → VICTIM, access ended', async () => {
    const { personId, reference } = await submitPerson(stack, 'police.tirana', { givenName: 'Formalina', familyName: 'Grupi' });
    // The RA records the person's consent for the group's work, and one for another purpose that must not reach the group
    // (one the member's agency may receive: law-enforcement cooperation for the police, referral assistance otherwise).
    for (const agencyId of ['police-sfait-tirana', 'rdsss-tirana']) {
      const otherPurpose = agencyId === 'police-sfait-tirana' ? 'LAW_ENFORCEMENT_COOPERATION' : 'REFERRAL_ASSISTANCE';
      await mustSucceed(stack, 'ra.officer', GRANT, {
        input: { personId, granteeAgencyId: agencyId, purpose: 'FORMAL_IDENTIFICATION', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'FI-2026-0001' },
      });
      await mustSucceed(stack, 'ra.officer', GRANT, {
        input: { personId, granteeAgencyId: agencyId, purpose: otherPurpose, categories: ['CONTACT_LOCATION'], givenBy: 'PERSON', evidenceReference: 'FI-2026-0002' },
      });
    }
    expect((await readAs('sfait.tirana', personId)).summary).toBe('FORBIDDEN');

    const requested = await request(personId);
    expect(requested).toMatchObject({ status: 'REQUESTED', policeMemberId: null });
    expect(Date.parse(requested.dueAt)).toBeGreaterThan(Date.now() + 5 * 24 * 3600_000);
    expect(await status(personId)).toBe('FORMAL_ID_REQUESTED');

    const convened = await convene(requested.id, 'sfait.tirana', 'rdsss.tirana');
    expect(convened.errors).toBeUndefined();
    expect(convened.data?.['conveneFormalIdentificationGroup']).toMatchObject({ status: 'GROUP_CONVENED', policeMemberId: ids['sfait.tirana'], socialMemberId: ids['rdsss.tirana'] });

    // Read-your-writes: right after convening, both members read the summary and what FORMAL_IDENTIFICATION consent opens, and nothing more.
    for (const member of ['sfait.tirana', 'rdsss.tirana']) {
      expect([member, await readAs(member, personId)]).toEqual([member, { summary: { sex: 'FEMALE' }, identity: { givenName: 'Formalina' }, contactLocation: 'CONSENT_REQUIRED' }]);
    }
    // Every read by a member is audited by identification's enforcement: what was served, on which basis, and the refusal.
    const trail = (await mustSucceed<{ auditTrail: Array<Record<string, unknown>> }>(stack, 'auditor', AUDIT, { personId })).auditTrail.filter(
      (entry) => entry['actorUsername'] === 'sfait.tirana' && entry['action'] === 'READ',
    );
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ categories: ['IDENTITY'], basis: 'CONSENT', decision: 'ALLOWED', purpose: 'FORMAL_IDENTIFICATION' }),
        expect.objectContaining({ categories: ['CONTACT_LOCATION'], decision: 'DENIED', reason: 'CONSENT_REQUIRED' }),
      ]),
    );
    // Each member's agency is told of the scheduled interview.
    await waitFor(() => told('sfait.tirana', 'FORMAL_ID_GROUP_SCHEDULED', reference), { timeoutMs: 20_000, description: 'sfait.tirana told of the group' });
    await waitFor(() => told('rdsss.tirana', 'FORMAL_ID_GROUP_SCHEDULED', reference), { timeoutMs: 20_000, description: 'rdsss.tirana told of the group' });

    const window = await interview(requested.id);
    // A criminal report is never taken inside the formal interview.
    const inside = new Date((Date.parse(window.startedAt) + Date.parse(window.endedAt)) / 2).toISOString();
    expect((await as('sfait.tirana', REPORT, { input: { formalIdentificationId: requested.id, reportedAt: inside } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await as('sfait.tirana', REPORT, { input: { formalIdentificationId: requested.id, reportedAt: new Date(Date.now() - 3600_000).toISOString() } })).errors).toBeUndefined();

    const concluded = await mustSucceed<{ recordFormalIdentificationConclusion: FormalId }>(stack, 'sfait.tirana', CONCLUDE, {
      input: { formalIdentificationId: requested.id, outcome: 'VICTIM', reasons: 'Indicators confirmed in the formal interview' },
    });
    expect(concluded.recordFormalIdentificationConclusion).toMatchObject({ status: 'CONCLUDED', outcome: 'VICTIM' });
    expect(await status(personId)).toBe('VICTIM');
    for (const member of ['sfait.tirana', 'rdsss.tirana']) expect([member, (await readAs(member, personId)).summary]).toEqual([member, 'FORBIDDEN']);
    await waitFor(() => told('ra.officer', 'FORMAL_ID_CONCLUDED', reference), { timeoutMs: 20_000, description: 'the RA told of the conclusion' });

    // Conclusion twice.
    const twice = await as('rdsss.tirana', CONCLUDE, { input: { formalIdentificationId: requested.id, outcome: 'NOT_VICTIM', reasons: 'again' } });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // Still VICTIM after the events landed (the relationship did not come back either).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await status(personId)).toBe('VICTIM');
    expect((await readAs('sfait.tirana', personId)).summary).toBe('FORBIDDEN');
  });

  it("convenes the child's own child protection worker for a child, and names the member at fault for another region's", async () => {
    const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Vogel', familyName: 'Femija', child: true });
    const requested = await request(personId, null);
    const wrongRegion = await convene(requested.id, 'sfait.tirana', 'cpw.gjirokaster');
    expect(wrongRegion.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.socialMemberId'] });
    const adultsService = await convene(requested.id, 'sfait.tirana', 'rdsss.tirana');
    expect(adultsService.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.socialMemberId'] });
    const convened = await convene(requested.id, 'sfait.tirana', 'cpw.tirana');
    expect(convened.errors).toBeUndefined();
    // The police member reads the child's summary; nothing more without consent.
    expect(await readAs('sfait.tirana', personId)).toEqual({ summary: { sex: 'FEMALE' }, identity: 'CONSENT_REQUIRED', contactLocation: 'CONSENT_REQUIRED' });
    // A member of another group (rdsss.tirana sits in none of this child's) cannot conclude it.
    await interview(requested.id, 'cpw.tirana');
    const stranger = await as('rdsss.tirana', CONCLUDE, { input: { formalIdentificationId: requested.id, outcome: 'VICTIM', reasons: 'not mine' } });
    expect(stranger.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses the request to a first responder and a shelter, wrong compositions naming the field, forged ids and convening twice', async () => {
    const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Hostila', familyName: 'Provat' });
    for (const username of ['police.tirana', 'cm.shelter-a', 'sfait.tirana']) {
      const result = await as(username, REQUEST, { input: { personId, statementOfWillingness: true } });
      expect([username, result.errors?.[0]?.extensions.code]).toEqual([username, 'FORBIDDEN']);
    }
    const withoutStatement = await as('ra.officer', REQUEST, { input: { personId, statementOfWillingness: false } });
    expect(withoutStatement.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.statementOfWillingness'] });
    const forgedPerson = await as('ra.officer', REQUEST, { input: { personId: randomUUID(), statementOfWillingness: true } });
    expect(forgedPerson.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const requested = await request(personId);
    expect((await request(personId)).id).toBe(requested.id);
    const cases: Array<[string, string, string, string]> = [
      ['a first responder as the police member', 'police.tirana', 'rdsss.tirana', 'input.policeMemberId'],
      ['the social member as the police member', 'rdsss.tirana', 'rdsss.tirana', 'input.policeMemberId'],
      ['a forged user id', randomUUID(), 'rdsss.tirana', 'input.policeMemberId'],
      ['a child protection worker for an adult', 'sfait.tirana', 'cpw.tirana', 'input.socialMemberId'],
      ['a case manager as the social member', 'sfait.tirana', 'cm.shelter-a', 'input.socialMemberId'],
    ];
    for (const [name, police, social, field] of cases) {
      const result = await convene(requested.id, police, social);
      expect([name, result.errors?.[0]?.extensions]).toEqual([name, { code: 'BAD_USER_INPUT', fields: [field] }]);
    }
    const forgedRequest = await convene(randomUUID(), 'sfait.tirana', 'rdsss.tirana');
    expect(forgedRequest.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const byPolice = await as('sfait.tirana', CONVENE, { input: { formalIdentificationId: requested.id, policeMemberId: ids['sfait.tirana'], socialMemberId: ids['rdsss.tirana'], scheduledAt: new Date().toISOString() } });
    expect(byPolice.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await convene(requested.id, 'sfait.tirana', 'rdsss.tirana')).errors).toBeUndefined();
    expect((await convene(requested.id, 'sfait.tirana', 'rdsss.tirana')).errors?.[0]?.extensions.code).toBe('CONFLICT');

    // Identification's internal endpoint, called directly on the subgraph port by a member of no group of the person.
    const direct = await fetch(`${stack.subgraphUrls['identification']}/internal/formal-identification/conclusions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await stack.tokenFor('cpw.tirana')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ formalIdentificationId: requested.id, personId, agencyIds: ['cpu-tirana'], requestedAt: new Date().toISOString(), outcome: 'VICTIM' }),
    });
    expect(direct.status).toBe(403);
    expect(await status(personId)).toBe('FORMAL_ID_REQUESTED');
  });

  it('leaves the shelter case and the referral open on NOT_VICTIM, and tells the RA', async () => {
    const { personId, reference } = await submitPerson(stack, 'police.tirana', { givenName: 'Strehim', familyName: 'Hapur' });
    const providers = await providerIds(stack);
    const referralId = await createReferral(stack, personId, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    const caseOf = async () =>
      (await mustSucceed<{ cases: { edges: Array<{ node: { id: string; status: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASE_STATUS)).cases.edges.find(
        (edge) => edge.node.person.id === personId,
      )?.node;
    await waitFor(async () => (await caseOf()) !== undefined, { timeoutMs: 20_000, description: 'the case of the accepted referral' });
    void CASES;

    const requested = await request(personId);
    expect((await convene(requested.id, 'sfait.tirana', 'rdsss.tirana')).errors).toBeUndefined();
    await interview(requested.id, 'rdsss.tirana');
    await mustSucceed(stack, 'rdsss.tirana', CONCLUDE, { input: { formalIdentificationId: requested.id, outcome: 'NOT_VICTIM', reasons: 'Indicators not confirmed' } });
    expect(await status(personId)).toBe('NOT_VICTIM');
    // The RA is told; once the conclusion's event has reached notifications it has reached shelters and referral too.
    await waitFor(() => told('ra.officer', 'FORMAL_ID_CONCLUDED', reference), { timeoutMs: 20_000, description: 'the RA told of the NOT_VICTIM conclusion' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const open = await caseOf();
    expect(open?.status).not.toMatch(/^CLOSED/);
    const referral = await stack.graphql<{ referral: { status: string } }>(REFERRAL, { id: referralId }, await stack.tokenFor('ra.officer'));
    expect(referral.data?.referral.status).toBe('ACCEPTED');
  });

  it('is due to convene at the end of the fifth working day after the request, in Tirana, weekends and holidays skipped', async () => {
    const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Afatina', familyName: 'Pune' });
    const before = new Date();
    const requested = await request(personId);
    const after = new Date();
    // Either side of a Tirana midnight the request could fall on one day or the next: both answers are exact.
    const expected = [...new Set([before, after].map((instant) => endOfTiranaDay(workingDaysAfter(instant, 5).date)))];
    expect(expected).toContain(requested.dueAt);
    // Five working days always span a weekend: a calendar counting calendar days would be due earlier.
    const { skipped } = workingDaysAfter(before, 5);
    expect(skipped.length).toBeGreaterThanOrEqual(2);
    expect(Date.parse(requested.dueAt)).toBe(Date.parse(endOfTiranaDay(nextDate(tiranaDate(before), 5 + skipped.length))));
    // The RA reads the same due date back.
    const again = await request(personId);
    expect(again).toMatchObject({ id: requested.id, dueAt: requested.dueAt });
  });

  it('runs the reflection period of a foreign national through the gateway: at least 30 days, to the end of the Tirana day, one at a time, for the RA only', async () => {
    const START = `mutation($input: StartReflectionPeriodInput!) { startReflectionPeriod(input: $input) { id startsAt endsAt } }`;
    const REFLECTION = `query($personId: ID!) { removalProtection(personId: $personId) { noRemoval foreignNational formalIdentificationPending reflectionPeriodEndsAt } }`;
    const base = identificationInput({ givenName: 'Reflekta', familyName: 'Pushimi' });
    const submitted = await mustSucceed<{ submitInitialIdentification: { person: { id: string } } }>(stack, 'police.tirana', SUBMIT, {
      input: { ...base, person: { ...(base['person'] as Record<string, unknown>), citizenship: ['UA'] } },
    });
    const personId = submitted.submitInitialIdentification.person.id;
    expect((await as('ra.officer', START, { input: { personId, days: 29 } })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.days'] });
    for (const username of ['police.tirana', 'sfait.tirana', 'cm.shelter-a', 'coordinator']) {
      expect([username, (await as(username, START, { input: { personId } })).errors?.[0]?.extensions.code]).toEqual([username, 'FORBIDDEN']);
    }
    const before = new Date();
    const started = await as('ra.officer', START, { input: { personId } });
    const after = new Date();
    expect(started.errors).toBeUndefined();
    const period = started.data?.['startReflectionPeriod'] as { startsAt: string; endsAt: string };
    // Thirty calendar days after the Tirana day it starts on, to that day's last millisecond in Tirana.
    expect([...new Set([before, after].map((instant) => endOfTiranaDay(nextDate(tiranaDate(instant), 30))))]).toContain(period.endsAt);
    expect(Date.parse(period.endsAt) - Date.parse(period.startsAt)).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect((await as('ra.head', START, { input: { personId, days: 60 } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await as('ra.head', REFLECTION, { personId })).data?.['removalProtection']).toEqual({
      noRemoval: true,
      foreignNational: true,
      formalIdentificationPending: false,
      reflectionPeriodEndsAt: period.endsAt,
    });
    expect((await as('sfait.tirana', REFLECTION, { personId })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('shows the RA a foreign national protected from removal while identification is pending, with permits A and B', async () => {
    const base = identificationInput({ givenName: 'Leje', familyName: 'Qendrimi' });
    const submitted = await mustSucceed<{ submitInitialIdentification: { person: { id: string } } }>(stack, 'police.tirana', SUBMIT, {
      input: { ...base, person: { ...(base['person'] as Record<string, unknown>), citizenship: ['XK'] } },
    });
    const personId = submitted.submitInitialIdentification.person.id;
    const protection = async (username = 'ra.officer') => as(username, PROTECTION, { personId });
    expect((await protection()).data?.['removalProtection']).toEqual({ noRemoval: false, foreignNational: true, formalIdentificationPending: false, residencePermitExpiresAt: null });

    await request(personId);
    expect((await protection('ra.head')).data?.['removalProtection']).toMatchObject({ noRemoval: true, foreignNational: true, formalIdentificationPending: true });

    const issuedAt = new Date(Date.now() - 24 * 3600_000);
    const plusDays = (days: number) => new Date(issuedAt.getTime() + days * 24 * 3600_000).toISOString();
    const permitA = await as('ra.officer', PERMIT, { input: { personId, type: 'A', issuedAt: issuedAt.toISOString(), expiresAt: plusDays(80) } });
    expect(permitA.errors).toBeUndefined();
    const tooLongA = await as('ra.officer', PERMIT, { input: { personId, type: 'A', issuedAt: issuedAt.toISOString(), expiresAt: plusDays(200) } });
    expect(tooLongA.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.expiresAt'] });
    const permitB = await as('ra.officer', PERMIT, { input: { personId, type: 'B', issuedAt: issuedAt.toISOString(), expiresAt: plusDays(365) } });
    expect(permitB.errors).toBeUndefined();
    const permits = await as('ra.officer', PERMITS, { personId });
    expect((permits.data?.['residencePermits'] as Array<{ type: string }>).map((permit) => permit.type).sort()).toEqual(['A', 'B']);
    const withPermits = (await protection()).data?.['removalProtection'] as { noRemoval: boolean; residencePermitExpiresAt: string };
    expect(withPermits.noRemoval).toBe(true);
    expect(Date.parse(withPermits.residencePermitExpiresAt)).toBe(Date.parse(plusDays(365)));

    // Nobody outside the RA learns of the protection or the permits, the group's police member and the recording police included.
    for (const username of ['police.tirana', 'sfait.tirana', 'cm.shelter-a', 'coordinator']) {
      expect([username, (await protection(username)).errors?.[0]?.extensions.code]).toEqual([username, 'FORBIDDEN']);
      expect([username, (await as(username, PERMIT, { input: { personId, type: 'A', issuedAt: issuedAt.toISOString(), expiresAt: plusDays(30) } })).errors?.[0]?.extensions.code]).toEqual([username, 'FORBIDDEN']);
    }
  });
});
