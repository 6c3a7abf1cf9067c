import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT, type SubgraphUnderTest } from '@nrm/testing';
import { DirectoryService } from '../src/directory/directory.service';
import { DirectorySyncService } from '../src/directory/directory-sync.service';
import { adultInput, startIdentification } from './identification-harness';

/*
 * The agency and user directory, copied from the dev identity provider's admin API at boot, and the child pathway
 * built on it: every configured region's child goes to that region's child protection unit, a region without one to
 * the national unit, with the RA told.
 */

const COUNTIES = ['BERAT', 'DIBER', 'DURRES', 'ELBASAN', 'FIER', 'GJIROKASTER', 'KORCE', 'KUKES', 'LEZHE', 'SHKODER', 'TIRANA', 'VLORE'];
/** A region the configuration knows and the directory has no unit for. */
const REGION_WITHOUT_UNIT = 'NO_UNIT_REGION';

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id identity { givenName } } }`;
const AGENCIES = `query Agencies($filter: AgencyFilter, $locale: String) { agencies(filter: $filter, locale: $locale) { id name type region } }`;
const USERS = `query Users($filter: DirectoryUserFilter) { users(filter: $filter) { id username roles agencyId region teamFunction } }`;

const workerOf = (agencyId: string) => `cpw.${agencyId.replace(/^cpu-/, '')}`;

/**
 * The demo realm plus one child protection worker for every unit of the production realm (the demo realm has workers for
 * Tirana and Gjirokastër only), so that each region's worker can prove the mandate by reading the child.
 */
function importWithAWorkerPerUnit(directory: string): string {
  const devImport = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'infra', 'keycloak', 'dev', 'nrm-dev-import.json'), 'utf8')) as {
    users: Array<{ username: string }>;
  };
  const units = [...COUNTIES.map((county) => `cpu-${county.toLowerCase()}`), 'cpu-national'];
  const existing = new Set(devImport.users.map((user) => user.username));
  units.forEach((unit, index) => {
    if (existing.has(workerOf(unit))) return;
    devImport.users.push({
      id: `00000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`,
      username: workerOf(unit),
      enabled: true,
      attributes: { agency_id: [unit], agency_type: ['CHILD_PROTECTION_UNIT'] },
      realmRoles: ['child_protection_worker'],
      credentials: [{ type: 'password', value: 'demo-password', temporary: false }],
    } as { username: string });
  });
  const file = join(directory, 'nrm-dev-import.json');
  writeFileSync(file, JSON.stringify(devImport));
  return file;
}

describe('agency and user directory (copied from the dev identity provider at boot)', () => {
  let subgraph: SubgraphUnderTest;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'nrm-directory-'));
    subgraph = await startIdentification({ REGIONS: [...COUNTIES, REGION_WITHOUT_UNIT].join(',') }, importWithAWorkerPerUnit(scratch));
  });

  afterAll(async () => {
    await subgraph?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const token = (username: string) => subgraph.tokenFor(username);

  describe('the copy', () => {
    it('holds every agency group with its type and region, and a child protection unit for every county and the nation', async () => {
      const units: Array<{ id: string; region: string | null }> = await subgraph.dataSource.query(
        `SELECT id, region FROM identification.agency WHERE type = 'CHILD_PROTECTION_UNIT' AND active ORDER BY id`,
      );
      expect(units.map((unit) => unit.region ?? 'NATIONAL').sort()).toEqual([...COUNTIES, 'NATIONAL'].sort());
      const [police] = await subgraph.dataSource.query(`SELECT type, region, names FROM identification.agency WHERE id = 'border-kakavije'`);
      expect(police).toMatchObject({ type: 'BORDER_POLICE', region: 'GJIROKASTER', names: { en: 'Kakavijë Border Crossing Point' } });
      for (const id of ['police-tirana', 'ngo-outreach', 'responsible-authority', 'police-sfait-tirana', 'rdsss-tirana', 'shelter-a', 'shelter-b', 'shelter-c', 'national-coordinator', 'oversight', 'platform']) {
        expect({ id, agency: await subgraph.app.get(DirectoryService).findAgency(id) }).toEqual({ id, agency: expect.objectContaining({ id }) });
      }
      expect(await subgraph.app.get(DirectoryService).findAgency('no-such-agency')).toBeNull();
    });

    it('holds every user with roles, agency, region, team function, e-mail and language, and not the service account', async () => {
      const users: Array<Record<string, unknown>> = await subgraph.dataSource.query(
        `SELECT id, username, roles, agency_id, region, team_function, email, locale FROM identification.directory_user WHERE active ORDER BY username`,
      );
      expect(users.map((user) => user.username)).not.toContain('service-account-nrm-directory');
      expect(users.find((user) => user.username === 'psy.shelter-a')).toEqual({
        id: '00000000-0000-4000-8000-000000000010',
        username: 'psy.shelter-a',
        roles: ['shelter_staff'],
        agency_id: 'shelter-a',
        region: 'TIRANA',
        team_function: 'PSYCHOLOGIST',
        email: 'psy.shelter-a@mail.nrm.local',
        locale: 'sq',
      });
      for (const [username, role, agency] of [
        ['ra.deputy', 'ra_head', 'responsible-authority'],
        ['cpw.gjirokaster', 'child_protection_worker', 'cpu-gjirokaster'],
        ['head.shelter-a', 'shelter_head', 'shelter-a'],
      ]) {
        expect(users.find((user) => user.username === username)).toMatchObject({ roles: [role], agency_id: agency });
      }
    });

    it('marks what the identity provider no longer lists inactive, and keeps the row', async () => {
      await subgraph.dataSource.query(
        `INSERT INTO identification.agency (id, type, region, name, synced_at) VALUES ('cpu-gone', 'CHILD_PROTECTION_UNIT', 'TIRANA', 'Gone', now())
         ON CONFLICT (id) DO UPDATE SET active = true`,
      );
      await subgraph.app.get(DirectorySyncService).sync();
      const [gone] = await subgraph.dataSource.query(`SELECT active FROM identification.agency WHERE id = 'cpu-gone'`);
      expect(gone).toEqual({ active: false });
      expect(await subgraph.app.get(DirectoryService).findAgency('cpu-gone')).toBeNull();
      expect(await subgraph.app.get(DirectoryService).childProtectionUnitFor('TIRANA')).toEqual({ agencyId: 'cpu-tirana', ofRegion: true });
    });
  });

  describe('agencies and users through the API', () => {
    it('lists agencies to every staff role, filtered by type and region, named in the locale asked for', async () => {
      for (const username of ['police.tirana', 'coordinator', 'auditor', 'psy.shelter-a']) {
        const result = await subgraph.graphql<{ agencies: unknown[] }>(AGENCIES, {}, await token(username));
        expect({ username, errors: result.errors, some: (result.data?.agencies.length ?? 0) > 20 }).toEqual({ username, errors: undefined, some: true });
      }
      const result = await subgraph.graphql<{ agencies: Array<{ id: string; name: string; type: string; region: string | null }> }>(
        AGENCIES,
        { filter: { type: 'CHILD_PROTECTION_UNIT', region: 'gjirokaster' }, locale: 'sq' },
        await token('police.tirana'),
      );
      expect(result.data?.agencies).toEqual([{ id: 'cpu-gjirokaster', name: 'Njësia për Mbrojtjen e Fëmijëve Gjirokastër', type: 'CHILD_PROTECTION_UNIT', region: 'GJIROKASTER' }]);
    });

    it('refuses agencies without a token', async () => {
      const result = await subgraph.graphql(AGENCIES, {});
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('lists every agency\'s people to the RA, with no e-mail address and no way to ask for one', async () => {
      const result = await subgraph.graphql<{ users: Array<{ username: string; agencyId: string; teamFunction: string | null }> }>(
        USERS,
        {},
        await token('ra.officer'),
      );
      expect(result.errors).toBeUndefined();
      expect(new Set(result.data?.users.map((user) => user.agencyId)).size).toBeGreaterThan(10);
      expect(result.data?.users.map((user) => user.username)).toEqual(expect.arrayContaining(['police.tirana', 'cpw.gjirokaster', 'head.shelter-a']));
      expect(result.text).not.toContain('@');
      const asked = await subgraph.graphql(`{ users { id email } }`, {}, await token('ra.officer'));
      expect(asked.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const psychologists = await subgraph.graphql<{ users: Array<{ username: string }> }>(USERS, { filter: { teamFunction: 'PSYCHOLOGIST' } }, await token('ra.head'));
      expect(psychologists.data?.users.map((user) => user.username)).toEqual(['psy.shelter-a']);
      const heads = await subgraph.graphql<{ users: Array<{ username: string }> }>(USERS, { filter: { role: 'RA_HEAD' } }, await token('admin'));
      expect(heads.data?.users.map((user) => user.username).sort()).toEqual(['ra.deputy', 'ra.head']);
    });

    it('lists only their own agency\'s people to a shelter\'s case manager and head, and refuses another agency', async () => {
      for (const username of ['cm.shelter-a', 'head.shelter-a']) {
        const own = await subgraph.graphql<{ users: Array<{ username: string; agencyId: string }> }>(USERS, {}, await token(username));
        expect(own.errors).toBeUndefined();
        expect(new Set(own.data?.users.map((user) => user.agencyId))).toEqual(new Set(['shelter-a']));
        expect(own.data?.users.map((user) => user.username).sort()).toEqual(['cm.shelter-a', 'head.shelter-a', 'psy.shelter-a']);
        const other = await subgraph.graphql(USERS, { filter: { agencyId: 'police-tirana' } }, await token(username));
        expect({ username, code: other.errors?.[0]?.extensions.code, data: other.data }).toEqual({ username, code: 'FORBIDDEN', data: null });
      }
    });

    it('refuses users to every other role', async () => {
      for (const username of ['police.tirana', 'cpw.tirana', 'sfait.tirana', 'rdsss.tirana', 'psy.shelter-a', 'coordinator', 'auditor']) {
        const result = await subgraph.graphql(USERS, {}, await token(username));
        expect({ username, code: result.errors?.[0]?.extensions.code, data: result.data }).toEqual({ username, code: 'FORBIDDEN', data: null });
      }
    });

    it('lets platform_admin, and only platform_admin, copy the directory now', async () => {
      const synced = await subgraph.graphql<{ syncDirectory: { agencies: number; users: number } }>(
        `mutation { syncDirectory { agencies users skippedGroups skippedUsers syncedAt } }`,
        {},
        await token('admin'),
      );
      expect(synced.errors).toBeUndefined();
      expect(synced.data?.syncDirectory.agencies).toBeGreaterThanOrEqual(25);
      for (const username of ['ra.head', 'auditor']) {
        const refused = await subgraph.graphql(`mutation { syncDirectory { agencies } }`, {}, await token(username));
        expect({ username, code: refused.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
      }
    });
  });

  describe('the child pathway for every child', () => {
    const childInput = (region: string) =>
      adultInput({ clientRequestId: `req-${randomUUID()}`, region, person: { ...adultInput().person, dateOfBirth: `${new Date().getUTCFullYear() - 14}-05-01` } });

    async function submitChild(region: string): Promise<{ identificationId: string; personId: string; reference: string }> {
      const result = await subgraph.graphql<{ submitInitialIdentification: { id: string; person: { id: string; reference: string } } }>(
        SUBMIT,
        { input: childInput(region) },
        await token('border.kakavije'),
      );
      expect(result.errors).toBeUndefined();
      const record = result.data!.submitInitialIdentification;
      return { identificationId: record.id, personId: record.person.id, reference: record.person.reference };
    }

    async function eventOf(identificationId: string): Promise<Record<string, unknown>> {
      const [event] = await subgraph.dataSource.query(`SELECT payload FROM identification.outbox_event WHERE aggregate_id = $1`, [identificationId]);
      return event.payload;
    }

    it.each(COUNTIES)('gives the unit of %s the mandate for a child identified there: its worker reads the child, the event names it', async (county) => {
      const unit = `cpu-${county.toLowerCase()}`;
      const child = await submitChild(county);
      const mandates = await subgraph.dataSource.query(
        `SELECT agency_id FROM identification.person_relationship WHERE person_id = $1 AND relationship = 'CHILD_PROTECTION_MANDATE' AND active`,
        [child.personId],
      );
      expect(mandates).toEqual([{ agency_id: unit }]);
      const read = await subgraph.graphql<{ person: { identity: { givenName: string } | null } }>(PERSON, { id: child.personId }, await token(workerOf(unit)));
      expect({ county, errors: read.errors, givenName: read.data?.person.identity?.givenName }).toEqual({ county, errors: undefined, givenName: 'Arta' });
      // Another region's worker has no mandate.
      const other = await subgraph.graphql(PERSON, { id: child.personId }, await token(county === 'TIRANA' ? 'cpw.gjirokaster' : 'cpw.tirana'));
      expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await eventOf(child.identificationId)).toMatchObject({ isChild: true, region: county, childProtectionUnit: { agencyId: unit, ofRegion: true } });
    });

    it('gives the national unit the mandate for a child of a region without a unit, and flags it for the RA in the event', async () => {
      const child = await submitChild(REGION_WITHOUT_UNIT);
      const mandates = await subgraph.dataSource.query(
        `SELECT agency_id FROM identification.person_relationship WHERE person_id = $1 AND relationship = 'CHILD_PROTECTION_MANDATE' AND active`,
        [child.personId],
      );
      expect(mandates).toEqual([{ agency_id: 'cpu-national' }]);
      const read = await subgraph.graphql<{ person: { identity: { givenName: string } | null } }>(PERSON, { id: child.personId }, await token('cpw.national'));
      expect(read.data?.person.identity?.givenName).toBe('Arta');
      const event = await eventOf(child.identificationId);
      expect(event).toMatchObject({ region: REGION_WITHOUT_UNIT, childProtectionUnit: { agencyId: 'cpu-national', ofRegion: false } });
      expect(JSON.stringify(event)).not.toMatch(/Arta|Test/);
    });
  });
});
