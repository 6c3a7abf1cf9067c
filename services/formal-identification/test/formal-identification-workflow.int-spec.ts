import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Clock } from '@nrm/service-kit';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { formalIdentificationDefinition } from '../src/service-definition';

jest.setTimeout(90_000);

function subjectOf(token: string): string {
  const [, payload] = token.split('.');
  return (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
}

interface FakePerson {
  personId: string;
  reference: string;
  isChild: boolean;
  region: string | null;
  foreignNational: boolean;
  identificationStatus: string;
  childProtectionUnitIds: string[];
}

/**
 * Identification's internal endpoints as this service calls them, answered from fixtures: the person facts and the
 * directory come from there, and every write this service makes there is recorded with the token it forwarded. The
 * real endpoints are covered by the gateway e2e spec (services/gateway/test/formal-identification.e2e-spec.ts).
 */
class FakeIdentification {
  readonly persons = new Map<string, FakePerson>();
  readonly members = new Map<string, { id: string; roles: string[]; agencyId: string; agencyType: string; region: string | null }>();
  readonly posts: Array<{ path: string; body: Record<string, unknown>; authorization: string | undefined }> = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.answer(request).then(([status, body]) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    }));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async answer(request: IncomingMessage): Promise<[number, unknown]> {
    const url = request.url ?? '';
    if (request.method === 'POST') {
      let text = '';
      for await (const chunk of request) text += String(chunk);
      this.posts.push({ path: url, body: JSON.parse(text) as Record<string, unknown>, authorization: request.headers.authorization });
      return [200, { ok: true }];
    }
    const person = /^\/internal\/formal-identification\/persons\/(.+)$/.exec(url);
    if (person) {
      const found = this.persons.get(decodeURIComponent(person[1] ?? ''));
      return found ? [200, found] : [404, { code: 'NOT_FOUND' }];
    }
    const member = /^\/internal\/formal-identification\/members\/(.+)$/.exec(url);
    if (member) {
      const found = this.members.get(decodeURIComponent(member[1] ?? ''));
      return found ? [200, found] : [404, { code: 'NOT_FOUND' }];
    }
    return [404, { code: 'NOT_FOUND' }];
  }
}

const FORMAL_ID_FIELDS = 'id personId status requestedAt dueAt statementOfWillingness policeMemberId socialMemberId scheduledAt interviewStartedAt interviewEndedAt outcome reasons concludedAt';
const REQUEST = `mutation R($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { ${FORMAL_ID_FIELDS} } }`;
const CONVENE = `mutation C($input: ConveneFormalIdentificationGroupInput!) { conveneFormalIdentificationGroup(input: $input) { ${FORMAL_ID_FIELDS} } }`;
const INTERVIEW = `mutation I($input: RecordFormalInterviewInput!) { recordFormalInterview(input: $input) { id interviewStartedAt interviewEndedAt } }`;
const CONCLUDE = `mutation F($input: RecordFormalIdentificationConclusionInput!) { recordFormalIdentificationConclusion(input: $input) { ${FORMAL_ID_FIELDS} } }`;
const REPORT = `mutation P($input: RecordCriminalReportInput!) { recordCriminalReport(input: $input) { id formalIdentificationId reportedAt } }`;
const LIST = `query L($personId: ID!) { formalIdentifications(personId: $personId) { id status criminalReports { id reportedAt } } }`;

type FormalId = Record<string, unknown> & { id: string; status: string; dueAt: string };

describe('formal identification workflow (formal-identification subgraph)', () => {
  const identification = new FakeIdentification();
  let subgraph: SubgraphUnderTest;
  let now = new Date('2026-12-02T09:00:00Z'); // a Wednesday
  const tokens: Record<string, string> = {};
  const subjects: Record<string, string> = {};

  beforeAll(async () => {
    const url = await identification.start();
    // 8 December (National Youth Day) is off; a made-up 10 December shows the list is the configured one.
    subgraph = await startSubgraph({
      ...formalIdentificationDefinition,
      env: { IDENTIFICATION_INTERNAL_URL: url, HOLIDAYS: '2026-12-08,2026-12-10', FORMAL_ID_CONVENE_WORKING_DAYS: '5' },
    });
    jest.spyOn(subgraph.app.get(Clock), 'now').mockImplementation(() => new Date(now.getTime()));
    for (const username of ['ra.officer', 'ra.head', 'sfait.tirana', 'rdsss.tirana', 'cpw.tirana', 'cpw.gjirokaster', 'police.tirana', 'cm.shelter-a', 'first.responder']) {
      try {
        tokens[username] = await subgraph.tokenFor(username);
        subjects[username] = subjectOf(tokens[username]);
      } catch {
        // not every demo realm has every user
      }
    }
    const member = (username: string, roles: string[], agencyId: string, agencyType: string, region: string | null): void => {
      const id = subjects[username];
      if (id) identification.members.set(id, { id, roles, agencyId, agencyType, region });
    };
    member('sfait.tirana', ['formal_id_police'], 'police-sfait-tirana', 'STATE_POLICE', 'TIRANA');
    member('rdsss.tirana', ['formal_id_social'], 'rdsss-tirana', 'REGIONAL_SOCIAL_SERVICE', 'TIRANA');
    member('cpw.tirana', ['child_protection_worker'], 'cpu-tirana', 'CHILD_PROTECTION_UNIT', 'TIRANA');
    member('cpw.gjirokaster', ['child_protection_worker'], 'cpu-gjirokaster', 'CHILD_PROTECTION_UNIT', 'GJIROKASTER');
    member('police.tirana', ['first_responder'], 'police-tirana', 'STATE_POLICE', 'TIRANA');
  });

  afterAll(async () => {
    await subgraph?.close();
    await identification.close();
  });

  beforeEach(() => {
    now = new Date('2026-12-02T09:00:00Z');
  });

  function person(overrides: Partial<FakePerson> = {}): FakePerson {
    const fake: FakePerson = {
      personId: randomUUID(),
      reference: 'NRM-2026-000042',
      isChild: false,
      region: 'TIRANA',
      foreignNational: false,
      identificationStatus: 'PRESUMED',
      childProtectionUnitIds: [],
      ...overrides,
    };
    identification.persons.set(fake.personId, fake);
    return fake;
  }

  async function requested(fake: FakePerson): Promise<FormalId> {
    const result = await subgraph.graphql<{ requestFormalIdentification: FormalId }>(
      REQUEST,
      { input: { personId: fake.personId, statementOfWillingness: fake.isChild ? null : true } },
      tokens['ra.officer'],
    );
    expect(result.errors).toBeUndefined();
    return result.data?.requestFormalIdentification as FormalId;
  }

  async function convened(fake: FakePerson, social = fake.isChild ? 'cpw.tirana' : 'rdsss.tirana'): Promise<FormalId> {
    const request = await requested(fake);
    const result = await subgraph.graphql<{ conveneFormalIdentificationGroup: FormalId }>(
      CONVENE,
      { input: { formalIdentificationId: request.id, policeMemberId: subjects['sfait.tirana'], socialMemberId: subjects[social], scheduledAt: '2026-12-03T09:00:00Z' } },
      tokens['ra.officer'],
    );
    expect(result.errors).toBeUndefined();
    return result.data?.conveneFormalIdentificationGroup as FormalId;
  }

  async function interviewed(id: string, startedAt = '2026-12-03T09:00:00Z', endedAt: string | null = '2026-12-03T11:00:00Z'): Promise<void> {
    now = new Date('2026-12-04T09:00:00Z');
    const result = await subgraph.graphql(INTERVIEW, { input: { formalIdentificationId: id, startedAt, endedAt } }, tokens['sfait.tirana']);
    expect(result.errors).toBeUndefined();
  }

  describe('the request and its clock', () => {
    it('is due five working days later at the end of the day in Tirana, weekends and configured holidays skipped, and tells identification with the RA token', async () => {
      const fake = person();
      const request = await requested(fake);
      // Wed 2 Dec → Thu 3, Fri 4, Mon 7, (Tue 8 off), Wed 9, (Thu 10 off), Fri 11.
      expect(request).toMatchObject({ status: 'REQUESTED', dueAt: '2026-12-11T22:59:59.999Z', statementOfWillingness: true, policeMemberId: null });
      const told = identification.posts.filter((post) => post.path === '/internal/formal-identification/requests' && post.body['personId'] === fake.personId);
      expect(told).toEqual([
        { path: '/internal/formal-identification/requests', body: { formalIdentificationId: request.id, personId: fake.personId, requestedAt: '2026-12-02T09:00:00.000Z' }, authorization: `Bearer ${tokens['ra.officer']}` },
      ]);
      const [event] = (await subgraph.dataSource.query(
        `SELECT type, payload FROM formal_identification.outbox_event WHERE aggregate_id = $1`,
        [request.id],
      )) as Array<{ type: string; payload: Record<string, unknown> }>;
      expect(event).toEqual({
        type: 'formal_identification.requested',
        payload: { formalIdentificationId: request.id, personId: fake.personId, reference: fake.reference, isChild: false, requestedAt: '2026-12-02T09:00:00.000Z', dueAt: '2026-12-11T22:59:59.999Z' },
      });
    });

    it("counts from the request's day in Tirana: 23:30 UTC on a Friday is already Saturday there", async () => {
      now = new Date('2026-12-04T23:30:00Z');
      const request = await requested(person());
      // Sat 5 → Mon 7, (8 off), Wed 9, (10 off), Fri 11, Mon 14, Tue 15.
      expect(request.dueAt).toBe('2026-12-15T22:59:59.999Z');
    });

    it('answers a repeated request with the open one, unchanged, and writes one event', async () => {
      const fake = person();
      const first = await requested(fake);
      now = new Date('2026-12-03T09:00:00Z');
      const again = await requested(fake);
      expect(again).toEqual(first);
      const [{ count }] = (await subgraph.dataSource.query(
        `SELECT count(*)::int AS count FROM formal_identification.outbox_event WHERE payload->>'personId' = $1`,
        [fake.personId],
      )) as Array<{ count: number }>;
      expect(count).toBe(1);
    });

    it('opens one formal identification when two requests race', async () => {
      const fake = person();
      const results = await Promise.all([1, 2, 3].map(() => subgraph.graphql<{ requestFormalIdentification: FormalId }>(REQUEST, { input: { personId: fake.personId, statementOfWillingness: true } }, tokens['ra.officer'])));
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
      expect(new Set(results.map((result) => result.data?.requestFormalIdentification.id)).size).toBe(1);
    });

    it("refuses an adult's request without the signed statement of willingness, naming the field", async () => {
      const fake = person();
      for (const statementOfWillingness of [false, null]) {
        const result = await subgraph.graphql(REQUEST, { input: { personId: fake.personId, statementOfWillingness } }, tokens['ra.officer']);
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.statementOfWillingness'] });
      }
    });

    it("proceeds for a child without a statement (none is recorded)", async () => {
      const request = await requested(person({ isChild: true, childProtectionUnitIds: ['cpu-tirana'] }));
      expect(request).toMatchObject({ status: 'REQUESTED', statementOfWillingness: null });
    });

    it('answers NOT_FOUND for a person identification does not know, and FORBIDDEN to every role but the RA', async () => {
      const unknown = await subgraph.graphql(REQUEST, { input: { personId: randomUUID(), statementOfWillingness: true } }, tokens['ra.officer']);
      expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', fields: ['input.personId'] });
      const fake = person();
      for (const username of ['police.tirana', 'cm.shelter-a', 'sfait.tirana', 'rdsss.tirana', 'cpw.tirana']) {
        const result = await subgraph.graphql(REQUEST, { input: { personId: fake.personId, statementOfWillingness: true } }, tokens[username]);
        expect([username, result.errors?.[0]?.extensions.code]).toEqual([username, 'FORBIDDEN']);
      }
    });
  });

  describe("the group's composition", () => {
    async function convene(fake: FakePerson, police: string | undefined, social: string | undefined): Promise<Record<string, unknown> | undefined> {
      const request = await requested(fake);
      const result = await subgraph.graphql(
        CONVENE,
        { input: { formalIdentificationId: request.id, policeMemberId: police, socialMemberId: social, scheduledAt: '2026-12-03T09:00:00Z' } },
        tokens['ra.officer'],
      );
      return result.errors?.[0]?.extensions;
    }

    it('convenes sfait.tirana and rdsss.tirana for an adult, links both agencies at once and announces each member', async () => {
      const fake = person();
      const group = await convened(fake);
      expect(group).toMatchObject({ status: 'GROUP_CONVENED', policeMemberId: subjects['sfait.tirana'], socialMemberId: subjects['rdsss.tirana'], scheduledAt: '2026-12-03T09:00:00.000Z' });
      const told = identification.posts.find((post) => post.path === '/internal/formal-identification/groups' && post.body['personId'] === fake.personId);
      expect(told?.body).toEqual({ formalIdentificationId: group.id, personId: fake.personId, agencyIds: ['police-sfait-tirana', 'rdsss-tirana'] });
      const [event] = (await subgraph.dataSource.query(
        `SELECT payload FROM formal_identification.outbox_event WHERE aggregate_id = $1 AND type = 'formal_identification.convened'`,
        [group.id],
      )) as Array<{ payload: Record<string, unknown> }>;
      expect(event?.payload['members']).toEqual([
        { agencyId: 'police-sfait-tirana', role: 'formal_id_police' },
        { agencyId: 'rdsss-tirana', role: 'formal_id_social' },
      ]);
    });

    it("convenes the child protection worker of the child's own unit for a child", async () => {
      const group = await convened(person({ isChild: true, childProtectionUnitIds: ['cpu-tirana'] }), 'cpw.tirana');
      expect(group.socialMemberId).toBe(subjects['cpw.tirana']);
    });

    it('names the member at fault for any other composition', async () => {
      const adult = (): FakePerson => person();
      const child = (): FakePerson => person({ isChild: true, childProtectionUnitIds: ['cpu-tirana'] });
      const social = ['input.socialMemberId'];
      const police = ['input.policeMemberId'];
      const cases: Array<[string, FakePerson, string | undefined, string | undefined, string[]]> = [
        ['a first responder as the police member', adult(), subjects['police.tirana'], subjects['rdsss.tirana'], police],
        ['the social member as the police member', adult(), subjects['rdsss.tirana'], subjects['rdsss.tirana'], police],
        ['a user the directory does not know', adult(), randomUUID(), subjects['rdsss.tirana'], police],
        ['a child protection worker for an adult', adult(), subjects['sfait.tirana'], subjects['cpw.tirana'], social],
        ['the police member twice', adult(), subjects['sfait.tirana'], subjects['sfait.tirana'], social],
        ['the regional social service for a child', child(), subjects['sfait.tirana'], subjects['rdsss.tirana'], social],
        ["another region's child protection worker for a child", child(), subjects['sfait.tirana'], subjects['cpw.gjirokaster'], social],
      ];
      for (const [name, fake, policeId, socialId, fields] of cases) {
        expect([name, await convene(fake, policeId, socialId)]).toEqual([name, { code: 'BAD_USER_INPUT', fields }]);
      }
    });

    it('refuses bytes no form would send in a member id, naming the field', async () => {
      const extensions = await convene(person(), "x' OR 1=1 --", subjects['rdsss.tirana']);
      expect(extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.policeMemberId'] });
    });

    it('refuses convening twice (CONFLICT), an unknown id (NOT_FOUND) and every role but the RA (FORBIDDEN)', async () => {
      const fake = person();
      const group = await convened(fake);
      const input = { formalIdentificationId: group.id, policeMemberId: subjects['sfait.tirana'], socialMemberId: subjects['rdsss.tirana'], scheduledAt: '2026-12-04T09:00:00Z' };
      expect((await subgraph.graphql(CONVENE, { input }, tokens['ra.head'])).errors?.[0]?.extensions.code).toBe('CONFLICT');
      const unknown = await subgraph.graphql(CONVENE, { input: { ...input, formalIdentificationId: randomUUID() } }, tokens['ra.officer']);
      expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', fields: ['input.formalIdentificationId'] });
      for (const username of ['sfait.tirana', 'rdsss.tirana', 'police.tirana']) {
        expect((await subgraph.graphql(CONVENE, { input }, tokens[username])).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('the formal interview, criminal reports and the conclusion', () => {
    it('concludes VICTIM by a member once the interview is recorded, tells identification with the member token, and lists the group for its members only', async () => {
      const fake = person();
      const group = await convened(fake);
      const early = await subgraph.graphql(CONCLUDE, { input: { formalIdentificationId: group.id, outcome: 'VICTIM', reasons: 'Indicators confirmed' } }, tokens['rdsss.tirana']);
      expect(early.errors?.[0]?.extensions.code).toBe('CONFLICT');
      await interviewed(group.id);
      const result = await subgraph.graphql<{ recordFormalIdentificationConclusion: FormalId }>(
        CONCLUDE,
        { input: { formalIdentificationId: group.id, outcome: 'VICTIM', reasons: 'Indicators confirmed in the formal interview' } },
        tokens['rdsss.tirana'],
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.recordFormalIdentificationConclusion).toMatchObject({ status: 'CONCLUDED', outcome: 'VICTIM', reasons: 'Indicators confirmed in the formal interview' });
      const told = identification.posts.find((post) => post.path === '/internal/formal-identification/conclusions' && post.body['personId'] === fake.personId);
      expect(told).toEqual({
        path: '/internal/formal-identification/conclusions',
        body: { formalIdentificationId: group.id, personId: fake.personId, agencyIds: ['police-sfait-tirana', 'rdsss-tirana'], requestedAt: '2026-12-02T09:00:00.000Z', outcome: 'VICTIM' },
        authorization: `Bearer ${tokens['rdsss.tirana']}`,
      });
      const again = await subgraph.graphql(CONCLUDE, { input: { formalIdentificationId: group.id, outcome: 'NOT_VICTIM', reasons: 'Changed my mind' } }, tokens['sfait.tirana']);
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const forCpw = await subgraph.graphql<{ formalIdentifications: unknown[] }>(LIST, { personId: fake.personId }, tokens['cpw.tirana']);
      expect(forCpw.data?.formalIdentifications).toEqual([]);
    });

    it("refuses a member of another group, and answers an unknown id alike (FORBIDDEN), auditing the attempt on the person", async () => {
      const fake = person({ isChild: true, childProtectionUnitIds: ['cpu-tirana'] });
      const group = await convened(fake, 'cpw.tirana');
      await interviewed(group.id);
      for (const id of [group.id, randomUUID()]) {
        const result = await subgraph.graphql(CONCLUDE, { input: { formalIdentificationId: id, outcome: 'VICTIM', reasons: 'x' } }, tokens['rdsss.tirana']);
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const denied: unknown[] = await subgraph.dataSource.query(
        `SELECT 1 FROM formal_identification.audit_entry WHERE person_id = $1 AND decision = 'DENIED' AND actor_username = 'rdsss.tirana'`,
        [fake.personId],
      );
      expect(denied).toHaveLength(1);
    });

    it('refuses a conclusion without reasons, naming the field', async () => {
      const group = await convened(person());
      await interviewed(group.id);
      const result = await subgraph.graphql(CONCLUDE, { input: { formalIdentificationId: group.id, outcome: 'NOT_VICTIM', reasons: '   ' } }, tokens['sfait.tirana']);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reasons'] });
    });

    it("refuses a criminal report taken between the interview's recorded start and end, and accepts one after, as its own event", async () => {
      const fake = person();
      const group = await convened(fake);
      await interviewed(group.id, '2026-12-03T09:00:00Z', '2026-12-03T11:00:00Z');
      for (const reportedAt of ['2026-12-03T09:00:00Z', '2026-12-03T10:15:00Z', '2026-12-03T11:00:00Z']) {
        const inside = await subgraph.graphql(REPORT, { input: { formalIdentificationId: group.id, reportedAt } }, tokens['sfait.tirana']);
        expect([reportedAt, inside.errors?.[0]?.extensions.code]).toEqual([reportedAt, 'CONFLICT']);
      }
      const after = await subgraph.graphql<{ recordCriminalReport: { id: string } }>(REPORT, { input: { formalIdentificationId: group.id, reportedAt: '2026-12-03T14:00:00Z' } }, tokens['sfait.tirana']);
      expect(after.errors).toBeUndefined();
      const events = (await subgraph.dataSource.query(
        `SELECT type, payload FROM formal_identification.outbox_event WHERE aggregate_id = $1`,
        [after.data?.recordCriminalReport.id],
      )) as Array<{ type: string; payload: Record<string, unknown> }>;
      expect(events).toEqual([{ type: 'criminal_report.recorded', payload: { criminalReportId: after.data?.recordCriminalReport.id, formalIdentificationId: group.id, personId: fake.personId, reference: fake.reference } }]);
      const list = await subgraph.graphql<{ formalIdentifications: Array<{ criminalReports: unknown[] }> }>(LIST, { personId: fake.personId }, tokens['ra.officer']);
      expect(list.data?.formalIdentifications[0]?.criminalReports).toHaveLength(1);
    });

    it('refuses a criminal report while an interview is under way (start recorded, no end), and an interview spanning a report', async () => {
      const fake = person();
      const group = await convened(fake);
      now = new Date('2026-12-03T10:00:00Z');
      expect((await subgraph.graphql(INTERVIEW, { input: { formalIdentificationId: group.id, startedAt: '2026-12-03T09:00:00Z' } }, tokens['rdsss.tirana'])).errors).toBeUndefined();
      const during = await subgraph.graphql(REPORT, { input: { formalIdentificationId: group.id, reportedAt: '2026-12-02T15:00:00Z' } }, tokens['sfait.tirana']);
      expect(during.errors?.[0]?.extensions.code).toBe('CONFLICT');

      const other = person();
      now = new Date('2026-12-02T09:00:00Z');
      const second = await convened(other);
      now = new Date('2026-12-04T10:00:00Z');
      expect((await subgraph.graphql(REPORT, { input: { formalIdentificationId: second.id, reportedAt: '2026-12-03T10:00:00Z' } }, tokens['sfait.tirana'])).errors).toBeUndefined();
      const spanning = await subgraph.graphql(INTERVIEW, { input: { formalIdentificationId: second.id, startedAt: '2026-12-03T09:00:00Z', endedAt: '2026-12-03T11:00:00Z' } }, tokens['sfait.tirana']);
      expect(spanning.errors?.[0]?.extensions.code).toBe('CONFLICT');
    });

    it('refuses a criminal report by the social member (FORBIDDEN) and an interview ending before it starts (BAD_USER_INPUT)', async () => {
      const group = await convened(person());
      now = new Date('2026-12-04T10:00:00Z');
      const bySocial = await subgraph.graphql(REPORT, { input: { formalIdentificationId: group.id, reportedAt: '2026-12-03T10:00:00Z' } }, tokens['rdsss.tirana']);
      expect(bySocial.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const backwards = await subgraph.graphql(INTERVIEW, { input: { formalIdentificationId: group.id, startedAt: '2026-12-03T11:00:00Z', endedAt: '2026-12-03T09:00:00Z' } }, tokens['sfait.tirana']);
      expect(backwards.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.endedAt'] });
    });
  });

  describe('foreign nationals', () => {
    const START = `mutation S($input: StartReflectionPeriodInput!) { startReflectionPeriod(input: $input) { id startsAt endsAt } }`;
    const PERMIT = `mutation P($input: RecordResidencePermitInput!) { recordResidencePermit(input: $input) { id type issuedAt expiresAt } }`;
    const PROTECTION = `query Q($personId: ID!) { removalProtection(personId: $personId) { noRemoval foreignNational formalIdentificationPending reflectionPeriodEndsAt residencePermitExpiresAt } }`;

    it('runs a reflection period of at least the configured 30 days, one at a time, and shows the RA that no removal is allowed', async () => {
      const fake = person({ foreignNational: true });
      const short = await subgraph.graphql(START, { input: { personId: fake.personId, days: 20 } }, tokens['ra.officer']);
      expect(short.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.days'] });
      const started = await subgraph.graphql<{ startReflectionPeriod: { endsAt: string } }>(START, { input: { personId: fake.personId } }, tokens['ra.officer']);
      expect(started.errors).toBeUndefined();
      expect(started.data?.startReflectionPeriod.endsAt).toBe('2027-01-01T22:59:59.999Z');
      expect((await subgraph.graphql(START, { input: { personId: fake.personId } }, tokens['ra.officer'])).errors?.[0]?.extensions.code).toBe('CONFLICT');
      const protection = await subgraph.graphql(PROTECTION, { personId: fake.personId }, tokens['ra.officer']);
      expect(protection.data).toEqual({
        removalProtection: { noRemoval: true, foreignNational: true, formalIdentificationPending: false, reflectionPeriodEndsAt: '2027-01-01T22:59:59.999Z', residencePermitExpiresAt: null },
      });
      expect((await subgraph.graphql(PROTECTION, { personId: fake.personId }, tokens['sfait.tirana'])).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('shows no removal while formal identification is pending', async () => {
      const fake = person({ foreignNational: true });
      await requested(fake);
      const protection = await subgraph.graphql<{ removalProtection: Record<string, unknown> }>(PROTECTION, { personId: fake.personId }, tokens['ra.head']);
      expect(protection.data?.removalProtection).toMatchObject({ noRemoval: true, formalIdentificationPending: true });
    });

    it('records permits A (three months at most) and B for a foreign national only', async () => {
      const fake = person({ foreignNational: true });
      const a = await subgraph.graphql(PERMIT, { input: { personId: fake.personId, type: 'A', issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2027-03-01T00:00:00Z' } }, tokens['ra.officer']);
      expect(a.errors).toBeUndefined();
      const tooLong = await subgraph.graphql(PERMIT, { input: { personId: fake.personId, type: 'A', issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2027-06-01T00:00:00Z' } }, tokens['ra.officer']);
      expect(tooLong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.expiresAt'] });
      const b = await subgraph.graphql(PERMIT, { input: { personId: fake.personId, type: 'B', issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2027-12-01T00:00:00Z' } }, tokens['ra.officer']);
      expect(b.errors).toBeUndefined();
      const national = person();
      const refused = await subgraph.graphql(PERMIT, { input: { personId: national.personId, type: 'A', issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2027-03-01T00:00:00Z' } }, tokens['ra.officer']);
      expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
    });
  });
});

describe('erasure (formal-identification subgraph)', () => {
  it("redacts the conclusions' reasons on person.erased, keeping the outcome, and is idempotent", async () => {
    const subgraph = await startSubgraph(formalIdentificationDefinition);
    try {
      const personId = randomUUID();
      const id = randomUUID();
      await subgraph.dataSource.query(
        `INSERT INTO formal_identification.formal_identification (id, person_id, status, requested_by_agency_id, requested_by, outcome, concluded_at, reasons)
         VALUES ($1, $2, 'CONCLUDED', 'responsible-authority', 'ra-user', 'VICTIM', now(), 'She said her employer kept her passport')`,
        [id, personId],
      );
      const event = { id: randomUUID(), type: 'person.erased' as const, aggregateId: personId, payload: { personId, reference: 'NRM-2026-000001' }, occurredAt: new Date().toISOString(), correlationId: null, producer: 'identification' as const };
      await expect(subgraph.consumer!.handle(event)).resolves.toBe('processed');
      await expect(subgraph.consumer!.handle({ ...event, id: randomUUID() })).resolves.toBe('processed');
      const rows = (await subgraph.dataSource.query(`SELECT outcome, reasons FROM formal_identification.formal_identification WHERE id = $1`, [id])) as unknown[];
      expect(rows).toEqual([{ outcome: 'VICTIM', reasons: '[erased on request]' }]);
    } finally {
      await subgraph.close();
    }
  });
});
