import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AuditAction, type AuditEntryInput, AuditWriter, canonicalAuditPayload, sealAuditEntry, verifyChain } from '@nrm/audit';
import { AccessDecision, AgencyType, DataCategory, LegalBasis } from '@nrm/domain';
import { type BuiltService, freePorts, internalUrlVariable, startBuiltService, type SubgraphUnderTest } from '@nrm/testing';
import { runVerifyCommand } from '../../../libs/audit/src/cli/verify';
import { adultInput, startIdentification } from './identification-harness';

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { person { id } }
}`;
const PERSON = `query Person($id: ID!) {
  person(id: $id) { id summary { sex } identity { givenName } contactLocation { identifiedInRegion } traffickingExperience { exploitationTypes } }
}`;
const SUMMARY_AND_IDENTITY = `query Person($id: ID!) { person(id: $id) { id summary { sex } identity { givenName } } }`;
const TRAIL = `query Trail($personId: ID!, $first: Int, $filter: AuditTrailFilter) {
  auditTrail(personId: $personId, first: $first, filter: $filter) {
    id service at actorUsername actorAgencyId actorRole personId categories action basis decision reason permissionId flaggedForReview correlationId
  }
}`;
const VERIFY = `query { verifyAuditTrail { ok entriesChecked firstBrokenAt headHash chains { service ok entriesChecked firstBrokenAt headHash } } }`;

interface AuditRow {
  id: string;
  seq: string;
  actor_username: string;
  actor_agency_id: string;
  actor_role: string;
  person_id: string | null;
  categories: string[];
  action: string;
  basis: string | null;
  decision: string;
  reason: string | null;
  permission_id: string | null;
  flagged_for_review: boolean;
  correlation_id: string | null;
}

interface ChainView {
  service: string;
  ok: boolean;
  entriesChecked: number;
  firstBrokenAt: string | null;
  headHash: string | null;
}

interface VerifyView {
  verifyAuditTrail: { ok: boolean; entriesChecked: number; firstBrokenAt: string | null; headHash: string | null; chains: ChainView[] };
}

interface TrailEntry {
  id: string;
  service: string;
  actorUsername: string;
  actorAgencyId: string;
  action: string;
  basis: string | null;
  decision: string;
  categories: string[];
}

/** The services that keep their own chain; identification's auditTrail and verifyAuditTrail cover them, in this order. */
const PEERS = ['shelters', 'referral', 'formal-identification'] as const;
/** Each chain's schema, by the service name the federated trail gives its entries. */
const CHAINS = [
  ['identification', 'identification'],
  ['shelters', 'shelters'],
  ['referral', 'referral'],
  ['formal-identification', 'formal_identification'],
] as const;

describe('audit trail (real PostgreSQL, signed tokens, the built services that keep a chain as the peers)', () => {
  let subgraph: SubgraphUnderTest;
  let shelters: BuiltService;
  const peers: BuiltService[] = [];
  // The login user (a superuser in dev and CI), as an administrator or an intruder with database access would be.
  let owner: Client;

  beforeAll(async () => {
    const ports = await freePorts(PEERS.length);
    subgraph = await startIdentification(Object.fromEntries(PEERS.map((name, index) => [internalUrlVariable(name), `http://127.0.0.1:${ports[index]}`])));
    // Trusting identification's identity provider: the caller's own token is forwarded to them.
    peers.push(...(await Promise.all(PEERS.map((name, index) => startBuiltService(name, { port: ports[index]!, issuer: subgraph.issuer })))));
    shelters = peers[0]!;
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
  }, 90_000);

  afterAll(async () => {
    await owner?.end();
    await Promise.all(peers.map((peer) => peer.stop()));
    await subgraph?.close();
  });

  async function submitPerson(): Promise<string> {
    const result = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string } } }>(
      SUBMIT,
      { input: adultInput({ immediateNeeds: ['MEDICAL'] }) },
      await subgraph.tokenFor('police.tirana'),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitInitialIdentification.person.id;
  }

  async function read(user: string, personId: string, query = PERSON, headers: Record<string, string> = {}) {
    return subgraph.graphql<{ person: Record<string, unknown> | null }>(query, { id: personId }, await subgraph.tokenFor(user), headers);
  }

  async function entriesFor(personId: string): Promise<AuditRow[]> {
    const { rows } = await owner.query<AuditRow>(`SELECT * FROM identification.audit_entry WHERE person_id = $1 ORDER BY seq`, [personId]);
    return rows;
  }

  /**
   * An entry of the shelters chain about the person, appended by the chain's own SQL function (as the shelters service
   * does when someone outside the shelter reads a record): its reads need identification's access facts over HTTP.
   */
  async function appendToShelters(personId: string, agencyId: string, at?: Date): Promise<string> {
    const payload = sealAuditEntry({
      actor: { subject: randomUUID(), username: `user.${agencyId}`, agencyId, role: 'case_manager' },
      correlationId: null,
      personId,
      categories: [DataCategory.HEALTH],
      action: AuditAction.READ,
      basis: null,
      decision: AccessDecision.DENIED,
      reason: 'CONSENT_REQUIRED',
      at,
    });
    await owner.query(`SELECT shelters.append_audit_entries($1::text[])`, [[canonicalAuditPayload(payload)]]);
    return payload.id;
  }

  async function countEntries(schema: (typeof CHAINS)[number][1]): Promise<number> {
    const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.audit_entry`);
    return rows[0]!.n;
  }

  /** Edits a row as a superuser who switched the append-only trigger off for this one transaction. */
  async function editAsSuperuser(sql: string, params: unknown[]): Promise<void> {
    await owner.query('BEGIN');
    try {
      await owner.query('SET LOCAL session_replication_role = replica');
      await owner.query(sql, params);
      await owner.query('COMMIT');
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  }

  describe('what is written', () => {
    it('writes one ALLOWED LEGAL_MANDATE entry, with every category read, when the RA reads a person', async () => {
      const personId = await submitPerson();
      const result = await read('ra.officer', personId, PERSON, { 'x-correlation-id': 'c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.person).toMatchObject({ identity: { givenName: 'Arta' } });
      // Queried right after the response: the entry was committed before the response left.
      const entries = await entriesFor(personId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor_username: 'ra.officer',
        actor_agency_id: 'responsible-authority',
        actor_role: 'ra_officer',
        action: 'READ',
        basis: 'LEGAL_MANDATE',
        decision: 'ALLOWED',
        reason: null,
        permission_id: null,
        flagged_for_review: false,
        categories: ['SUMMARY', 'IDENTITY', 'CONTACT_LOCATION', 'TRAFFICKING_EXPERIENCE'],
        correlation_id: 'c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b',
      });
    });

    it('writes nothing when the recording agency reads what it recorded', async () => {
      const personId = await submitPerson();
      const result = await read('police.tirana', personId);
      expect(result.errors).toBeUndefined();
      expect(await entriesFor(personId)).toEqual([]);
    });

    it('audits the RA reading identifications (workflow facts of the person) but not the recording agency', async () => {
      const personId = await submitPerson();
      const LIST = `{ initialIdentifications(first: 5) { edges { node { id region person { id } } } } }`;
      const own = await subgraph.graphql(LIST, {}, await subgraph.tokenFor('police.tirana'));
      expect(own.errors).toBeUndefined();
      expect(await entriesFor(personId)).toEqual([]);
      const ra = await subgraph.graphql<{ initialIdentifications: { edges: Array<{ node: { person: { id: string } } }> } }>(
        LIST,
        {},
        await subgraph.tokenFor('ra.officer'),
      );
      expect(ra.data!.initialIdentifications.edges.some((edge) => edge.node.person.id === personId)).toBe(true);
      expect(await entriesFor(personId)).toEqual([
        expect.objectContaining({ actor_username: 'ra.officer', action: 'READ', basis: 'LEGAL_MANDATE', decision: 'ALLOWED', categories: ['SUMMARY'] }),
      ]);
    });

    it('writes a DENIED entry for an attempt by an agency with no relationship', async () => {
      const personId = await submitPerson();
      const result = await read('cm.shelter-b', personId);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const entries = await entriesFor(personId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor_username: 'cm.shelter-b',
        actor_agency_id: 'shelter-b',
        action: 'READ',
        basis: null,
        decision: 'DENIED',
        reason: 'FORBIDDEN',
        categories: ['SUMMARY'],
      });
    });

    it('writes a DENIED entry when a role that never sees a person asks for one', async () => {
      const personId = await submitPerson();
      for (const user of ['coordinator', 'auditor']) {
        const result = await read(user, personId);
        expect(result.data?.person).toBeNull();
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const entries = await entriesFor(personId);
      expect(entries.map((entry) => [entry.actor_username, entry.actor_role, entry.decision, entry.reason, entry.categories])).toEqual([
        ['coordinator', 'national_coordinator', 'DENIED', 'FORBIDDEN', []],
        ['auditor', 'auditor', 'DENIED', 'FORBIDDEN', []],
      ]);
    });

    it('writes a DENIED entry for a mutation the role guard refuses, finding the person in input.personId', async () => {
      const personId = await submitPerson();
      const OVERRIDE = `mutation($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id } }`;
      const input = { personId, granteeAgencyId: 'shelter-a', categories: ['IDENTITY'], reason: 'Vital interests of the person' };
      const result = await subgraph.graphql(OVERRIDE, { input }, await subgraph.tokenFor('ra.officer'));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await entriesFor(personId)).map((entry) => [entry.actor_username, entry.action, entry.decision, entry.reason, entry.basis])).toEqual([
        ['ra.officer', 'OVERRIDE_GRANTED', 'DENIED', 'FORBIDDEN', null],
      ]);
    });

    it('writes a role denial about a person who does not exist without a person, rate-limited per actor', async () => {
      const attempts = 14;
      // Well-formed (UUID) correlation ids: the service replaces any other, and the entries are found by them.
      const probes = Array.from({ length: attempts }, () => randomUUID());
      for (const correlationId of probes) {
        const result = await read('admin', randomUUID(), PERSON, { 'x-correlation-id': correlationId });
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const { rows } = await owner.query<AuditRow>(`SELECT * FROM identification.audit_entry WHERE correlation_id = ANY($1) ORDER BY seq`, [probes]);
      // The default limit (UNKNOWN_PERSON_DENIALS_PER_WINDOW): the rest are counted and logged, not written.
      expect(rows).toHaveLength(10);
      expect(rows.every((row) => row.person_id === null && row.actor_username === 'admin' && row.decision === 'DENIED' && row.reason === 'FORBIDDEN')).toBe(true);
      // A denial about a real person is never suppressed.
      const personId = await submitPerson();
      await read('admin', personId);
      expect((await entriesFor(personId)).map((entry) => [entry.actor_username, entry.decision])).toEqual([['admin', 'DENIED']]);
    });

    it('writes the allowed summary and the consent-required identity of a pending referral as two entries', async () => {
      const personId = await submitPerson();
      // The relationship a referral.created event leaves (identification.int-spec covers the event itself); starting
      // the queue workers here is not needed.
      await owner.query(
        `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id) VALUES ($1, 'shelter-a', 'PENDING_REFERRAL', $2)`,
        [personId, randomUUID()],
      );
      const result = await read('cm.shelter-a', personId, SUMMARY_AND_IDENTITY);
      expect(result.errors?.map((error) => error.extensions.code)).toEqual(['CONSENT_REQUIRED']);
      const entries = await entriesFor(personId);
      expect(entries.map((entry) => [entry.decision, entry.basis, entry.reason, entry.categories])).toEqual([
        ['ALLOWED', 'LEGAL_MANDATE', null, ['SUMMARY']],
        ['DENIED', null, 'CONSENT_REQUIRED', ['IDENTITY']],
      ]);
    });

    it('withholds the data when its audit entry cannot be written', async () => {
      const personId = await submitPerson();
      // Refuse audit inserts for this one person only, so suites running in parallel are not disturbed.
      const name = `refuse_audit_${personId.replace(/-/g, '')}`;
      await owner.query(`CREATE FUNCTION identification.${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.person_id = '${personId}' THEN RAISE EXCEPTION 'audit store unavailable'; END IF; RETURN NEW; END $$`);
      await owner.query(`CREATE TRIGGER ${name} BEFORE INSERT ON identification.audit_entry FOR EACH ROW EXECUTE FUNCTION identification.${name}()`);
      try {
        const result = await read('ra.officer', personId);
        expect(result.data).toBeNull();
        expect(result.errors).toEqual([{ message: 'Internal error', extensions: { code: 'INTERNAL' } }]);
        expect(result.text).not.toContain('Arta');
      } finally {
        await owner.query(`DROP TRIGGER ${name} ON identification.audit_entry`);
        await owner.query(`DROP FUNCTION identification.${name}()`);
      }
      expect(await entriesFor(personId)).toEqual([]);
    });

    it('keeps one unbroken chain under 20 concurrent reads', async () => {
      const personIds = await Promise.all(Array.from({ length: 4 }, () => submitPerson()));
      const results = await Promise.all(Array.from({ length: 20 }, (_, index) => read('ra.officer', personIds[index % 4])));
      expect(results.every((result) => result.errors === undefined)).toBe(true);
      const entries: AuditRow[] = [];
      for (const personId of personIds) entries.push(...(await entriesFor(personId)));
      expect(entries).toHaveLength(20);
      const verification = await verifyChain(owner, 'identification');
      expect(verification).toMatchObject({ ok: true, firstBrokenAt: null });
      // Paged in small steps, past seq 10 (where text order and numeric order part).
      expect(await verifyChain(owner, 'identification', { pageSize: 3 })).toEqual(verification);
      const { rows } = await owner.query<{ n: number; max: string }>(`SELECT count(*)::int AS n, max(seq)::text AS max FROM identification.audit_entry`);
      expect(String(rows[0].n)).toBe(rows[0].max);
    });
  });

  describe("writes in the caller's transaction", () => {
    const overrideGranted = (personId: string): AuditEntryInput => ({
      actor: { subject: '00000000-0000-4000-8000-000000000005', username: 'ra.head', agencyId: 'responsible-authority', role: 'ra_head' },
      correlationId: null,
      personId,
      categories: [DataCategory.HEALTH],
      action: AuditAction.OVERRIDE_GRANTED,
      basis: LegalBasis.OVERRIDE,
      decision: AccessDecision.ALLOWED,
      permissionId: randomUUID(),
    });

    it('commits with the change it records, flagged for review when it grants an override', async () => {
      const writer = subgraph.app.get(AuditWriter);
      const personId = randomUUID();
      await subgraph.dataSource.transaction((manager) => writer.append(manager, overrideGranted(personId)));
      const entries = await entriesFor(personId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'OVERRIDE_GRANTED', basis: 'OVERRIDE', flagged_for_review: true, categories: ['HEALTH'] });
      expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: true });
    });

    it('rolls back with the change it records', async () => {
      const writer = subgraph.app.get(AuditWriter);
      const personId = randomUUID();
      await expect(
        subgraph.dataSource.transaction(async (manager) => {
          await writer.append(manager, overrideGranted(personId));
          throw new Error('the change failed after its entry was appended');
        }),
      ).rejects.toThrow('the change failed');
      expect(await entriesFor(personId)).toEqual([]);
      expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: true });
    });

    it('refuses to append outside a transaction, or under an isolation level that would read a stale chain head', async () => {
      const writer = subgraph.app.get(AuditWriter);
      await expect(writer.append(subgraph.dataSource.manager, overrideGranted(randomUUID()))).rejects.toThrow(/inside a transaction/);
      await expect(
        subgraph.dataSource.transaction('REPEATABLE READ', (manager) => writer.append(manager, overrideGranted(randomUUID()))),
      ).rejects.toThrow(/READ COMMITTED/);
    });
  });

  describe('appends for reads (group append)', () => {
    const deniedRead = (personId: string): AuditEntryInput => ({
      actor: { subject: '00000000-0000-4000-8000-000000000009', username: 'cm.shelter-b', agencyId: 'shelter-b', role: 'case_manager' },
      correlationId: null,
      personId,
      categories: [DataCategory.IDENTITY],
      action: AuditAction.READ,
      basis: null,
      decision: AccessDecision.DENIED,
      reason: 'FORBIDDEN',
    });

    it('writes every entry of concurrent requests once, in one unbroken chain, and answers each with its own', async () => {
      const writer = subgraph.app.get(AuditWriter);
      const persons = Array.from({ length: 60 }, () => randomUUID());
      const answers = await Promise.all(persons.map((personId) => writer.appendNow([deniedRead(personId), deniedRead(personId)])));
      answers.forEach((sealed, index) => {
        expect(sealed).toHaveLength(2);
        expect(sealed.every((entry) => entry.person_id === persons[index])).toBe(true);
      });
      for (const personId of persons.slice(0, 5)) expect(await entriesFor(personId)).toHaveLength(2);
      const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM identification.audit_entry WHERE person_id = ANY($1::uuid[])`, [persons]);
      expect(rows[0].n).toBe(120);
      expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: true });
    });

    it('rejects every request of a group whose append fails, so no read is answered without its entry', async () => {
      const writer = subgraph.app.get(AuditWriter);
      const before = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM identification.audit_entry`);
      // The database refuses the group (the chain's append function is gone for a moment; restored below).
      await owner.query(`ALTER FUNCTION identification.append_audit_entries(text[]) RENAME TO append_audit_entries_away`);
      try {
        const results = await Promise.allSettled(Array.from({ length: 5 }, () => writer.appendNow([deniedRead(randomUUID())])));
        expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected']);
      } finally {
        await owner.query(`ALTER FUNCTION identification.append_audit_entries_away(text[]) RENAME TO append_audit_entries`);
      }
      const after = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM identification.audit_entry`);
      expect(after.rows[0].n).toBe(before.rows[0].n);
      // And the writer recovers: the next append goes through.
      await expect(writer.appendNow([deniedRead(randomUUID())])).resolves.toHaveLength(1);
    });
  });

  describe('reading and verifying the trail', () => {
    let personId: string;
    beforeAll(async () => {
      personId = await submitPerson();
      await read('ra.officer', personId);
      await read('cm.shelter-b', personId);
    });

    it("gives ra_head and the auditor a person's trail, newest first, and records that they read it", async () => {
      for (const user of ['ra.head', 'auditor']) {
        const result = await subgraph.graphql<{ auditTrail: TrailEntry[] }>(TRAIL, { personId }, await subgraph.tokenFor(user));
        expect(result.errors).toBeUndefined();
        const reads = result.data!.auditTrail.filter((entry) => entry.action === 'READ');
        expect(reads.map((entry) => [entry.actorUsername, entry.decision])).toEqual([
          ['cm.shelter-b', 'DENIED'],
          ['ra.officer', 'ALLOWED'],
        ]);
      }
      const auditReads = (await entriesFor(personId)).filter((entry) => entry.action === 'AUDIT_READ');
      expect(auditReads.map((entry) => entry.actor_username)).toEqual(['ra.head', 'auditor']);
    });

    it('filters the trail by agency, basis and time', async () => {
      const auditor = await subgraph.tokenFor('auditor');
      const trail = async (filter: Record<string, unknown>) => {
        const result = await subgraph.graphql<{ auditTrail: TrailEntry[] }>(TRAIL, { personId, filter }, auditor);
        expect(result.errors).toBeUndefined();
        return result.data!.auditTrail;
      };
      expect((await trail({ agencyId: 'shelter-b' })).map((entry) => entry.decision)).toEqual(['DENIED']);
      expect((await trail({ basis: 'LEGAL_MANDATE' })).every((entry) => entry.basis === 'LEGAL_MANDATE')).toBe(true);
      expect(await trail({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
      expect((await trail({ to: new Date(Date.now() + 60_000).toISOString(), agencyId: 'responsible-authority', basis: 'LEGAL_MANDATE' })).length).toBeGreaterThan(0);
    });

    it('refuses a page size out of range', async () => {
      const result = await subgraph.graphql(TRAIL, { personId, first: 0 }, await subgraph.tokenFor('auditor'));
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });

    it('refuses the trail to roles without oversight', async () => {
      for (const user of ['ra.officer', 'coordinator', 'police.tirana']) {
        const result = await subgraph.graphql(TRAIL, { personId }, await subgraph.tokenFor(user));
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
    });

    it('verifies the whole chain for the auditor only', async () => {
      const result = await subgraph.graphql<{ verifyAuditTrail: { ok: boolean; entriesChecked: number; firstBrokenAt: string | null } }>(
        VERIFY,
        {},
        await subgraph.tokenFor('auditor'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.verifyAuditTrail).toMatchObject({ ok: true, firstBrokenAt: null });
      expect(result.data!.verifyAuditTrail.entriesChecked).toBeGreaterThan(0);
      const refused = await subgraph.graphql(VERIFY, {}, await subgraph.tokenFor('ra.head'));
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe("over every service's chain", () => {
    let personId: string;
    let olderInShelters: string;
    let newerInShelters: string;

    const trail = async (variables: Record<string, unknown>, user = 'auditor'): Promise<TrailEntry[]> => {
      const result = await subgraph.graphql<{ auditTrail: TrailEntry[] }>(TRAIL, { personId, ...variables }, await subgraph.tokenFor(user));
      expect(result.errors).toBeUndefined();
      return result.data!.auditTrail;
    };

    beforeAll(async () => {
      personId = await submitPerson();
      olderInShelters = await appendToShelters(personId, 'shelter-b', new Date(Date.now() - 60_000));
      await read('ra.officer', personId);
      newerInShelters = await appendToShelters(personId, 'responsible-authority');
    });

    it("merges the shelters chain into the person's trail, newest first, each entry naming its service", async () => {
      const [identificationRead] = await entriesFor(personId);
      const entries = await trail({});
      expect(entries.map((entry) => [entry.service, entry.id])).toEqual([
        ['shelters', newerInShelters],
        ['identification', identificationRead!.id],
        ['shelters', olderInShelters],
      ]);
      expect(entries[0]).toMatchObject({ actorAgencyId: 'responsible-authority', action: 'READ', decision: 'DENIED', categories: ['HEALTH'] });
    });

    it('applies `first` to the merged trail, not to each chain', async () => {
      const filter = { agencyId: 'responsible-authority' };
      expect((await trail({ first: 1, filter })).map((entry) => [entry.service, entry.id])).toEqual([['shelters', newerInShelters]]);
      expect((await trail({ first: 2, filter })).map((entry) => entry.service)).toEqual(['shelters', 'identification']);
    });

    it('passes the filters on to the other chains', async () => {
      expect((await trail({ filter: { agencyId: 'shelter-b' } })).map((entry) => [entry.service, entry.id])).toEqual([['shelters', olderInShelters]]);
      expect(await trail({ filter: { from: new Date(Date.now() + 60_000).toISOString() } })).toEqual([]);
      const until = await trail({ filter: { to: new Date(Date.now() - 30_000).toISOString() } });
      expect(until.map((entry) => entry.id)).toEqual([olderInShelters]);
    });

    it('records the read in every chain: identification for the whole trail, each other service for its part', async () => {
      await trail({}, 'ra.head');
      for (const schema of ['shelters', 'referral', 'formal_identification']) {
        const { rows } = await owner.query<{ actor_username: string }>(
          `SELECT actor_username FROM ${schema}.audit_entry WHERE person_id = $1 AND action = 'AUDIT_READ' ORDER BY seq`,
          [personId],
        );
        expect([schema, rows.at(-1)]).toEqual([schema, { actor_username: 'ra.head' }]);
      }
      expect((await entriesFor(personId)).filter((entry) => entry.action === 'AUDIT_READ').at(-1)).toMatchObject({ actor_username: 'ra.head' });
    });

    it('verifies every chain: ok only if all are, the entries summed, one result per chain', async () => {
      // Every chain holds an entry: the police's refused reads in referral and formal identification are some.
      const attempts = [
        [peers[1]!, `{ referrals(filter: { personId: "${personId}" }) { edges { node { id } } } }`],
        [peers[2]!, `{ formalIdentifications(personId: "${personId}") { id } }`],
      ] as const;
      for (const [peer, query] of attempts) {
        const response = await fetch(`${peer.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await subgraph.tokenFor('police.tirana')}` },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const counts = await Promise.all(CHAINS.map(([, schema]) => countEntries(schema)));
      expect(counts.every((count) => count > 0)).toBe(true);
      const result = await subgraph.graphql<VerifyView>(VERIFY, {}, await subgraph.tokenFor('auditor'));
      expect(result.errors).toBeUndefined();
      const { verifyAuditTrail } = result.data!;
      expect(verifyAuditTrail.chains).toEqual(
        CHAINS.map(([service], index) => ({ service, ok: true, entriesChecked: counts[index], firstBrokenAt: null, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) })),
      );
      const total = counts.reduce((sum, count) => sum + count, 0);
      expect(verifyAuditTrail).toMatchObject({ ok: true, firstBrokenAt: null, entriesChecked: total, headHash: verifyAuditTrail.chains[0]!.headHash });
    });

    it('names a row of the shelters chain edited in the database, and the intact identification chain does not hide it', async () => {
      // Make it look as if the police, not the RA, had been refused.
      await editAsSuperuser(`UPDATE shelters.audit_entry SET actor_agency_id = 'police-tirana' WHERE id = $1`, [newerInShelters]);
      try {
        const result = await subgraph.graphql<VerifyView>(VERIFY, {}, await subgraph.tokenFor('auditor'));
        expect(result.errors).toBeUndefined();
        const { verifyAuditTrail } = result.data!;
        expect(verifyAuditTrail).toMatchObject({ ok: false, firstBrokenAt: newerInShelters });
        expect(verifyAuditTrail.chains.map((chain) => [chain.service, chain.ok, chain.firstBrokenAt])).toEqual([
          ['identification', true, null],
          ['shelters', false, newerInShelters],
          ['referral', true, null],
          ['formal-identification', true, null],
        ]);
      } finally {
        // Put the row back so the chain verifies again for the suites that share this database.
        await editAsSuperuser(`UPDATE shelters.audit_entry SET actor_agency_id = 'responsible-authority' WHERE id = $1`, [newerInShelters]);
      }
      const again = await subgraph.graphql<VerifyView>(VERIFY, {}, await subgraph.tokenFor('auditor'));
      expect(again.data!.verifyAuditTrail).toMatchObject({ ok: true, firstBrokenAt: null });
    });
  });

  describe('ledger changes name their grantee', () => {
    const OVERRIDE = `mutation Override($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id } }`;
    const REVIEW = `mutation Review($id: ID!) { reviewLegalBasisOverride(id: $id, outcome: UPHELD) { id } }`;
    const LEDGER_FIELDS = 'id service action decision permissionId granteeAgencyId reason';
    const GRANTEE_TRAIL = `query Trail($personId: ID!) { auditTrail(personId: $personId) { ${LEDGER_FIELDS} } }`;
    const GRANTEE_ENTRIES = `query Entries($personId: ID!) { auditEntries(personId: $personId, first: 80) { edges { node { ${LEDGER_FIELDS} } } } }`;
    const WRITTEN_REASON = 'Vital interests: urgent placement with the child protection unit';
    interface LedgerEntry {
      id: string;
      service: string;
      action: string;
      decision: string;
      permissionId: string | null;
      granteeAgencyId: string | null;
      reason: string | null;
    }

    /** An OVERRIDE_GRANTED entry exactly as entries were written before they named a grantee (no grantee in its text). */
    async function appendOldStyleOverride(personId: string): Promise<{ id: string; permissionId: string }> {
      const payload = sealAuditEntry({
        actor: { subject: randomUUID(), username: 'ra.head', agencyId: 'responsible-authority', role: 'ra_head' },
        correlationId: null,
        personId,
        categories: [DataCategory.IDENTITY],
        action: AuditAction.OVERRIDE_GRANTED,
        basis: LegalBasis.OVERRIDE,
        decision: AccessDecision.ALLOWED,
        permissionId: randomUUID(),
      });
      const text = canonicalAuditPayload(payload);
      expect(text).not.toContain('grantee');
      await owner.query(`SELECT identification.append_audit_entries($1::text[])`, [[text]]);
      return { id: payload.id, permissionId: payload.permission_id! };
    }

    it('names the grantee of an override and of its review, never the reason, in auditTrail and auditEntries, over a chain that still verifies', async () => {
      const personId = await submitPerson();
      const old = await appendOldStyleOverride(personId);
      const granted = await subgraph.graphql<{ grantLegalBasisOverride: { id: string } }>(
        OVERRIDE,
        { input: { personId, granteeAgencyId: 'cpu-tirana', categories: ['IDENTITY'], reason: WRITTEN_REASON } },
        await subgraph.tokenFor('ra.head'),
      );
      expect(granted.errors).toBeUndefined();
      const overrideId = granted.data!.grantLegalBasisOverride.id;
      const reviewed = await subgraph.graphql(REVIEW, { id: overrideId }, await subgraph.tokenFor('ra.deputy'));
      expect(reviewed.errors).toBeUndefined();

      const auditor = await subgraph.tokenFor('auditor');
      const expected = [
        { service: 'identification', action: 'OVERRIDE_REVIEWED', decision: 'ALLOWED', permissionId: overrideId, granteeAgencyId: 'cpu-tirana', reason: 'UPHELD' },
        { service: 'identification', action: 'OVERRIDE_GRANTED', decision: 'ALLOWED', permissionId: overrideId, granteeAgencyId: 'cpu-tirana', reason: null },
        { id: old.id, service: 'identification', action: 'OVERRIDE_GRANTED', decision: 'ALLOWED', permissionId: old.permissionId, granteeAgencyId: null, reason: null },
      ].map((entry) => expect.objectContaining(entry));
      const isLedger = (entry: LedgerEntry) => entry.action.startsWith('OVERRIDE_');
      const trail = await subgraph.graphql<{ auditTrail: LedgerEntry[] }>(GRANTEE_TRAIL, { personId }, auditor);
      expect(trail.errors).toBeUndefined();
      expect(trail.data!.auditTrail.filter(isLedger)).toEqual(expected);
      const page = await subgraph.graphql<{ auditEntries: { edges: Array<{ node: LedgerEntry }> } }>(GRANTEE_ENTRIES, { personId }, auditor);
      expect(page.errors).toBeUndefined();
      expect(page.data!.auditEntries.edges.map((edge) => edge.node).filter(isLedger)).toEqual(expected);

      // The written reason stays in the ledger, which can be redacted; the append-only trail never holds it.
      expect(JSON.stringify(await entriesFor(personId))).not.toContain('urgent placement');
      const verified = await subgraph.graphql<VerifyView>(VERIFY, {}, auditor);
      expect(verified.errors).toBeUndefined();
      expect(verified.data!.verifyAuditTrail).toMatchObject({ ok: true, firstBrokenAt: null });
      const command = await runVerifyCommand(['identification', 'shelters'], { DATABASE_URL: process.env['DATABASE_URL'] });
      expect(command.exitCode).toBe(0);
    });

    it('names a grantee edited in the database, as any other edited column', async () => {
      const personId = await submitPerson();
      const granted = await subgraph.graphql<{ grantLegalBasisOverride: { id: string } }>(
        OVERRIDE,
        { input: { personId, granteeAgencyId: 'cpu-tirana', categories: ['IDENTITY'], reason: WRITTEN_REASON } },
        await subgraph.tokenFor('ra.head'),
      );
      expect(granted.errors).toBeUndefined();
      const [entry] = (await entriesFor(personId)).filter((row) => row.action === 'OVERRIDE_GRANTED');
      await editAsSuperuser(`UPDATE identification.audit_entry SET grantee_agency_id = 'police-tirana' WHERE id = $1`, [entry!.id]);
      try {
        expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: false, firstBrokenAt: entry!.id });
      } finally {
        await editAsSuperuser(`UPDATE identification.audit_entry SET grantee_agency_id = 'cpu-tirana' WHERE id = $1`, [entry!.id]);
      }
      expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: true });
    });

    it.each(['identification', 'shelters'])('refuses in %s a payload that spells out a null grantee, which verification could never rebuild', async (schema) => {
      const payload = sealAuditEntry({
        actor: { subject: randomUUID(), username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' },
        correlationId: null,
        personId: randomUUID(),
        categories: [DataCategory.SUMMARY],
        action: AuditAction.READ,
        basis: LegalBasis.LEGAL_MANDATE,
        decision: AccessDecision.ALLOWED,
      });
      const spelledOut = canonicalAuditPayload(payload).replace('"id":', '"grantee_agency_id":null,"id":');
      await expect(owner.query(`SELECT ${schema}.append_audit_entries($1::text[])`, [[spelledOut]])).rejects.toThrow(/grantee_agency_id/);
    });

    it.each(CHAINS.map(([, schema]) => schema))(
      'stores in %s a grantee agency type, refuses one spelled out as null and one that is not an agency type',
      async (schema) => {
        const payload = sealAuditEntry({
          actor: { subject: randomUUID(), username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' },
          correlationId: null,
          personId: randomUUID(),
          categories: [DataCategory.IDENTITY],
          action: AuditAction.CONSENT_GRANTED,
          basis: LegalBasis.CONSENT,
          decision: AccessDecision.ALLOWED,
          permissionId: randomUUID(),
          granteeAgencyType: AgencyType.SHELTER_STATE,
        });
        const text = canonicalAuditPayload(payload);
        const spelledOut = canonicalAuditPayload({ ...payload, grantee_agency_type: null }).replace('"id":', '"grantee_agency_type":null,"id":');
        await expect(owner.query(`SELECT ${schema}.append_audit_entries($1::text[])`, [[spelledOut]])).rejects.toThrow(/grantee_agency_type/);
        const notAType = text.replace('"SHELTER_STATE"', '"shelter state"');
        await expect(owner.query(`SELECT ${schema}.append_audit_entries($1::text[])`, [[notAType]])).rejects.toThrow(/audit_entry_grantee_agency_type/);
        await owner.query(`SELECT ${schema}.append_audit_entries($1::text[])`, [[text]]);
        const { rows } = await owner.query(`SELECT grantee_agency_type FROM "${schema}".audit_entry WHERE id = $1`, [payload.id]);
        expect(rows).toEqual([{ grantee_agency_type: 'SHELTER_STATE' }]);
        expect(await verifyChain(owner, schema)).toMatchObject({ ok: true, firstBrokenAt: null });
      },
    );
  });

  describe('append-only and tamper-evident', () => {
    it("runs the service's pool as the restricted role, which cannot update, delete or truncate audit entries", async () => {
      const [{ current_user: role }] = await subgraph.dataSource.query(`SELECT current_user`);
      expect(role).toBe('nrm_identification_app');
      const personId = await submitPerson();
      await read('ra.officer', personId);
      const [entry] = await entriesFor(personId);
      await expect(subgraph.dataSource.query(`UPDATE identification.audit_entry SET decision = 'DENIED' WHERE id = $1`, [entry.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(subgraph.dataSource.query(`DELETE FROM identification.audit_entry WHERE id = $1`, [entry.id])).rejects.toThrow(/permission denied/);
      await expect(subgraph.dataSource.query(`TRUNCATE identification.audit_entry`)).rejects.toThrow(/permission denied/);
      expect(await entriesFor(personId)).toEqual([entry]);
    });

    it('refuses updates and deletes even to the owner while the append-only trigger is on', async () => {
      const personId = await submitPerson();
      await read('ra.officer', personId);
      const [entry] = await entriesFor(personId);
      await expect(owner.query(`UPDATE identification.audit_entry SET decision = 'DENIED' WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM identification.audit_entry WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    });

    it('names a row edited directly in the database, through the API and the command line', async () => {
      const personId = await submitPerson();
      await read('ra.officer', personId);
      const [entry] = await entriesFor(personId);
      // Make it look as if the recording agency itself had read the data.
      await editAsSuperuser(`UPDATE identification.audit_entry SET actor_agency_id = 'police-tirana' WHERE id = $1`, [entry.id]);
      try {
        const result = await subgraph.graphql<{ verifyAuditTrail: { ok: boolean; firstBrokenAt: string | null } }>(VERIFY, {}, await subgraph.tokenFor('auditor'));
        expect(result.data!.verifyAuditTrail).toMatchObject({ ok: false, firstBrokenAt: entry.id });

        const command = await runVerifyCommand(['identification'], { DATABASE_URL: process.env['DATABASE_URL'] });
        expect(command.exitCode).toBe(1);
        expect(JSON.parse(command.lines[0])).toMatchObject({ schema: 'identification', ok: false, firstBrokenAt: entry.id });
      } finally {
        // Put the row back so the chain verifies again for the suites that share this database.
        await editAsSuperuser(`UPDATE identification.audit_entry SET actor_agency_id = $2 WHERE id = $1`, [entry.id, entry.actor_agency_id]);
      }
      const command = await runVerifyCommand(['identification'], { DATABASE_URL: process.env['DATABASE_URL'] });
      expect(command.exitCode).toBe(0);
      expect(JSON.parse(command.lines[0])).toMatchObject({ ok: true, firstBrokenAt: null });
    });

    it('names the row after a deleted one', async () => {
      const personId = await submitPerson();
      await read('ra.officer', personId);
      await read('cm.shelter-b', personId);
      const [first] = await entriesFor(personId);
      const { rows: [successor] } = await owner.query<{ id: string }>(
        `SELECT id FROM identification.audit_entry WHERE seq = $1::bigint + 1`,
        [first.seq],
      );
      const { rows: [deleted] } = await owner.query(`SELECT * FROM identification.audit_entry WHERE id = $1`, [first.id]);
      await editAsSuperuser(`DELETE FROM identification.audit_entry WHERE id = $1`, [first.id]);
      try {
        expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: false, firstBrokenAt: successor.id });
      } finally {
        const columns = Object.keys(deleted);
        await editAsSuperuser(
          `INSERT INTO identification.audit_entry (${columns.join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
          columns.map((column) => deleted[column]),
        );
      }
      expect(await verifyChain(owner, 'identification')).toMatchObject({ ok: true });
    });
  });

  describe('paging a whole trail across chains (auditEntries)', () => {
    const ENTRIES = `query Entries($personId: ID!, $first: Int, $after: String, $filter: AuditTrailFilter) {
      auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {
        edges { cursor node { id service at action decision } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    interface EntriesView {
      auditEntries: { edges: Array<{ cursor: string; node: { id: string; service: string; at: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    }
    let personId: string;

    /** Entries appended by each chain's own SQL function, several at one instant in two chains (ties across services). */
    async function appendTo(schema: 'identification' | 'shelters', at: Date): Promise<string> {
      const payload = sealAuditEntry({
        actor: { subject: randomUUID(), username: 'user.paging', agencyId: 'shelter-b', role: 'case_manager' },
        correlationId: null,
        personId,
        categories: [DataCategory.HEALTH],
        action: AuditAction.READ,
        basis: null,
        decision: AccessDecision.DENIED,
        reason: 'CONSENT_REQUIRED',
        at,
      });
      await owner.query(`SELECT ${schema}.append_audit_entries($1::text[])`, [[canonicalAuditPayload(payload)]]);
      return payload.id;
    }

    async function allPages(first: number, filter?: Record<string, unknown>): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page += 1) {
        const result: { data: EntriesView | null | undefined; errors?: unknown } = await subgraph.graphql<EntriesView>(
          ENTRIES,
          { personId, first, after, filter },
          await subgraph.tokenFor('auditor'),
        );
        expect(result.errors).toBeUndefined();
        const { edges, pageInfo } = result.data!.auditEntries;
        ids.push(...edges.map((edge) => edge.node.id));
        expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
        if (!pageInfo.hasNextPage) return ids;
        after = pageInfo.endCursor;
      }
      throw new Error('more pages than entries');
    }

    beforeAll(async () => {
      personId = await submitPerson();
      const base = Date.now() - 120_000;
      for (let index = 0; index < 6; index += 1) {
        const at = new Date(base + Math.floor(index / 3) * 1_000);
        await appendTo('identification', at);
        await appendTo('shelters', at);
      }
      await read('ra.officer', personId);
    });

    it('gives every entry of every chain exactly once, newest first, at every page size, while its own reads are appended', async () => {
      const snapshot = async (): Promise<string[]> => {
        const { rows } = await owner.query<{ id: string }>(
          `SELECT id FROM (${CHAINS.map(([service, schema]) => `SELECT id, at, '${service}' AS service, seq FROM ${schema}.audit_entry WHERE person_id = $1`).join(' UNION ALL ')}) e
            ORDER BY at DESC, service ASC, seq DESC`,
          [personId],
        );
        return rows.map((row) => row.id);
      };
      expect(await snapshot()).toHaveLength(13);
      for (const first of [1, 2, 5, 13, 80]) {
        // The trail as it stands when paging starts: each page is itself an AUDIT_READ in both chains, newer than every
        // cursor handed out, so it is never seen mid-way (the next run sees them).
        const expected = await snapshot();
        expect({ first, ids: await allPages(first) }).toEqual({ first, ids: expected });
      }
      // About 50 pages, each read from four chains: about 10 s on a quiet 2-core machine, three times that under load.
    }, 90_000);

    it('applies the filter to every chain', async () => {
      const { rows } = await owner.query<{ n: number }>(
        `SELECT ${CHAINS.map(([, schema]) => `(SELECT count(*) FROM ${schema}.audit_entry WHERE person_id = $1 AND actor_agency_id = 'shelter-b')`).join(' + ')} AS n`,
        [personId],
      );
      expect((await allPages(5, { agencyId: 'shelter-b' })).length).toBe(Number(rows[0]!.n));
    });

    it('refuses a cursor it did not hand out and a page size above the most a page may hold', async () => {
      const auditor = await subgraph.tokenFor('auditor');
      for (const after of ['garbage', Buffer.from('["2026-01-01T00:00:00.000Z","elsewhere","1"]').toString('base64url')]) {
        const result = await subgraph.graphql(ENTRIES, { personId, after }, auditor);
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
      }
      const tooMany = await subgraph.graphql(ENTRIES, { personId, first: 81 }, auditor);
      expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
      const refused = await subgraph.graphql(ENTRIES, { personId }, await subgraph.tokenFor('ra.officer'));
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  // Last: it stops the shelters service.
  describe('when the shelters service cannot be reached', () => {
    let personId: string;

    beforeAll(async () => {
      personId = await submitPerson();
      await read('ra.officer', personId);
      await shelters.stop();
    });

    it('fails auditTrail as a whole, naming the service: never a silently partial trail', async () => {
      const result = await subgraph.graphql<{ auditTrail: TrailEntry[] | null }>(TRAIL, { personId }, await subgraph.tokenFor('auditor'));
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ message: 'Audit trail unavailable: the shelters service did not answer', extensions: { code: 'INTERNAL' } }),
      ]);
      expect(result.text).not.toMatch(/ECONNREFUSED|\bat .*\(|127\.0\.0\.1/);
    });

    it('fails verifyAuditTrail as a whole, naming the service: never an "ok" that skipped a chain', async () => {
      const result = await subgraph.graphql<VerifyView>(VERIFY, {}, await subgraph.tokenFor('auditor'));
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ message: 'Audit verification unavailable: the shelters service did not answer', extensions: { code: 'INTERNAL' } }),
      ]);
      expect(result.text).not.toMatch(/ECONNREFUSED|\bat .*\(|127\.0\.0\.1/);
    });
  });
});
