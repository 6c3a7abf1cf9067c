import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { errorsOn, identificationInput, mustSucceed, SUBMIT } from './support/nrm-fixtures';

/*
 * The agency and user directory through the gateway, as the demo users, and the child pathway it feeds: a child goes
 * to the child protection unit of its region, which reads the child and is notified; a child of a region without a unit
 * goes to the national unit, and the RA is told.
 */

jest.setTimeout(120_000);

const COUNTIES = ['BERAT', 'DIBER', 'DURRES', 'ELBASAN', 'FIER', 'GJIROKASTER', 'KORCE', 'KUKES', 'LEZHE', 'SHKODER', 'TIRANA', 'VLORE'];
/** A region the stack's configuration knows and the directory has no unit for. */
const REGION_WITHOUT_UNIT = 'NO_UNIT_REGION';

const AGENCIES = `query($filter: AgencyFilter) { agencies(filter: $filter) { id name type region } }`;
const USERS = `query($filter: DirectoryUserFilter) { users(filter: $filter) { id username roles agencyId region teamFunction } }`;
const NOTIFICATIONS = `{ myNotifications(first: 50) { kind subjectRef } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id identity { givenName } } }`;

interface DirectoryUser {
  id: string;
  username: string;
  roles: string[];
  agencyId: string;
  region: string | null;
  teamFunction: string | null;
}

describe('agency and user directory, and the child pathway, through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { REGIONS: [...COUNTIES, REGION_WITHOUT_UNIT].join(',') } });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function as<T = Record<string, unknown>>(username: string, query: string, variables: Record<string, unknown> = {}) {
    return stack.graphql<T>(query, variables, await stack.tokenFor(username));
  }

  describe('agencies', () => {
    it('lists every demo agency and a child protection unit per county and the nation, to every staff role', async () => {
      for (const username of ['police.tirana', 'coordinator', 'auditor', 'admin', 'head.shelter-a']) {
        const result = await as<{ agencies: Array<{ id: string; type: string; region: string | null }> }>(username, AGENCIES);
        expect({ username, errors: result.errors }).toEqual({ username, errors: undefined });
        const ids = result.data!.agencies.map((agency) => agency.id);
        expect(ids).toEqual(
          expect.arrayContaining([
            'police-tirana', 'border-kakavije', 'ngo-outreach', 'responsible-authority', 'cpu-tirana', 'cpu-gjirokaster',
            'police-sfait-tirana', 'rdsss-tirana', 'shelter-a', 'shelter-b', 'shelter-c', 'national-coordinator', 'oversight', 'platform',
          ]),
        );
        const units = result.data!.agencies.filter((agency) => agency.type === 'CHILD_PROTECTION_UNIT');
        expect(units.map((unit) => unit.region ?? 'NATIONAL').sort()).toEqual([...COUNTIES, 'NATIONAL'].sort());
      }
    });

    it('refuses a caller without a token', async () => {
      const result = await stack.graphql(AGENCIES);
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('users', () => {
    it('lists every agency\'s people to the RA and platform_admin, with the new demo users and psy.shelter-a a psychologist, and no e-mail', async () => {
      for (const username of ['ra.officer', 'ra.deputy', 'admin']) {
        const result = await as<{ users: DirectoryUser[] }>(username, USERS);
        expect({ username, errors: result.errors }).toEqual({ username, errors: undefined });
        const byName = new Map(result.data!.users.map((user) => [user.username, user]));
        expect(byName.get('ra.deputy')).toMatchObject({ roles: ['RA_HEAD'], agencyId: 'responsible-authority' });
        expect(byName.get('cpw.gjirokaster')).toMatchObject({ roles: ['CHILD_PROTECTION_WORKER'], agencyId: 'cpu-gjirokaster', region: 'GJIROKASTER' });
        expect(byName.get('head.shelter-a')).toMatchObject({ roles: ['SHELTER_HEAD'], agencyId: 'shelter-a' });
        expect(byName.get('psy.shelter-a')).toMatchObject({ id: '00000000-0000-4000-8000-000000000010', teamFunction: 'PSYCHOLOGIST' });
        // The directory holds e-mail addresses (the demo users have ones at the dev mail catch-all); none crosses the API.
        expect(JSON.stringify(result.data)).not.toContain('@');
      }
    });

    it('cannot be asked for an e-mail address at all', async () => {
      const result = await as('ra.head', `{ users { id email } }`);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result)).not.toContain('mail.nrm.local');
    });

    it('lists a shelter\'s own people only to its case manager and head, and refuses them another agency\'s', async () => {
      for (const username of ['cm.shelter-a', 'head.shelter-a']) {
        const own = await as<{ users: DirectoryUser[] }>(username, USERS);
        expect(own.data?.users.map((user) => user.username).sort()).toEqual(['cm.shelter-a', 'head.shelter-a', 'psy.shelter-a']);
        const other = await as(username, USERS, { filter: { agencyId: 'shelter-b' } });
        expect({ username, codes: errorsOn(other, ['users']), data: other.data }).toEqual({ username, codes: ['FORBIDDEN'], data: null });
      }
    });

    it('refuses every other role', async () => {
      for (const username of ['police.tirana', 'border.kakavije', 'cpw.tirana', 'cpw.gjirokaster', 'sfait.tirana', 'rdsss.tirana', 'psy.shelter-a', 'coordinator', 'auditor']) {
        const result = await as(username, USERS);
        expect({ username, codes: errorsOn(result, ['users']), data: result.data }).toEqual({ username, codes: ['FORBIDDEN'], data: null });
      }
    });

    it('lets platform_admin alone copy the directory now', async () => {
      const synced = await as<{ syncDirectory: { agencies: number; users: number } }>('admin', `mutation { syncDirectory { agencies users } }`);
      expect(synced.errors).toBeUndefined();
      expect(synced.data!.syncDirectory.users).toBe(17);
      const refused = await as('ra.head', `mutation { syncDirectory { agencies } }`);
      expect(errorsOn(refused, ['syncDirectory'])).toEqual(['FORBIDDEN']);
    });
  });

  describe('the child pathway', () => {
    async function submitChild(username: string, region: string): Promise<{ personId: string; reference: string }> {
      const input = { ...identificationInput({ givenName: 'Dritana', familyName: 'Kufiri', child: true }), region, clientRequestId: `e2e-${randomUUID()}` };
      const data = await mustSucceed<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(stack, username, SUBMIT, { input });
      return { personId: data.submitInitialIdentification.person.id, reference: data.submitInitialIdentification.person.reference };
    }

    async function notified(username: string, reference: string, kind: string): Promise<void> {
      await waitFor(
        async () => {
          const result = await as<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(username, NOTIFICATIONS);
          return result.data?.myNotifications.some((notification) => notification.kind === kind && notification.subjectRef === reference);
        },
        { timeoutMs: 15_000, intervalMs: 200, description: `${username} told ${kind} about ${reference}` },
      );
    }

    it('a child identified at the Gjirokastër border: the Gjirokastër unit reads the child and is told; Tirana\'s is not', async () => {
      const child = await submitChild('border.kakavije', 'GJIROKASTER');
      const read = await as<{ person: { identity: { givenName: string } | null } }>('cpw.gjirokaster', PERSON, { id: child.personId });
      expect(read.errors).toBeUndefined();
      expect(read.data?.person.identity?.givenName).toBe('Dritana');
      await notified('cpw.gjirokaster', child.reference, 'NEW_IDENTIFICATION');
      await notified('ra.officer', child.reference, 'NEW_IDENTIFICATION');

      const elsewhere = await as('cpw.tirana', PERSON, { id: child.personId });
      expect(errorsOn(elsewhere, ['person'])).toEqual(['FORBIDDEN']);
      const tirana = await as<{ myNotifications: Array<{ subjectRef: string }> }>('cpw.tirana', NOTIFICATIONS);
      expect(tirana.data?.myNotifications.map((notification) => notification.subjectRef)).not.toContain(child.reference);
      const ra = await as<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>('ra.officer', NOTIFICATIONS);
      expect(ra.data?.myNotifications.filter((n) => n.subjectRef === child.reference).map((n) => n.kind)).toEqual(['NEW_IDENTIFICATION']);
    });

    it('a child of a region without a unit: the national unit gets the mandate and the RA is told, by reference only', async () => {
      const child = await submitChild('police.tirana', REGION_WITHOUT_UNIT);
      await notified('ra.officer', child.reference, 'CHILD_REGION_WITHOUT_UNIT');
      await notified('ra.head', child.reference, 'CHILD_REGION_WITHOUT_UNIT');
      const db = new Client({ connectionString: process.env['DATABASE_URL'] });
      await db.connect();
      try {
        const mandates = await db.query(
          `SELECT agency_id FROM identification.person_relationship WHERE person_id = $1 AND relationship = 'CHILD_PROTECTION_MANDATE' AND active`,
          [child.personId],
        );
        expect(mandates.rows).toEqual([{ agency_id: 'cpu-national' }]);
        const stored = await db.query(`SELECT kind, audience_agency_id, subject_ref FROM notifications.notification WHERE subject_ref = $1 ORDER BY kind, audience_agency_id`, [
          child.reference,
        ]);
        expect(stored.rows).toEqual([
          { kind: 'CHILD_REGION_WITHOUT_UNIT', audience_agency_id: 'responsible-authority', subject_ref: child.reference },
          { kind: 'NEW_IDENTIFICATION', audience_agency_id: 'cpu-national', subject_ref: child.reference },
          { kind: 'NEW_IDENTIFICATION', audience_agency_id: 'responsible-authority', subject_ref: child.reference },
        ]);
      } finally {
        await db.end();
      }
      for (const username of ['cpw.tirana', 'cpw.gjirokaster']) {
        const read = await as(username, PERSON, { id: child.personId });
        expect({ username, codes: errorsOn(read, ['person']) }).toEqual({ username, codes: ['FORBIDDEN'] });
      }
    });
  });
});
