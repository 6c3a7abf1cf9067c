import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { Client } from 'pg';
import { AuditAction, canonicalAuditPayload, sealAuditEntry } from '@nrm/audit';
import { AccessDecision, DataCategory } from '@nrm/domain';
import { REPOSITORY_ROOT, startStack, type Stack } from '@nrm/testing';
import { mustSucceed, submitPerson } from './support/nrm-fixtures';

/**
 * The auditor pages through a whole trail through the gateway: `auditEntries` with every field of AuditEntry at the
 * largest page size it takes stays within the gateway's complexity limit (where `auditTrail(first: 140)` does not),
 * and returns every entry of every chain exactly once, newest first.
 */
const MAX_PAGE = 80;

/** Every field of AuditEntry the composed API serves: a field added later is selected too, and must still fit. */
function everyAuditEntryField(): string[] {
  const document = parse(readFileSync(join(REPOSITORY_ROOT, 'infra', 'supergraph', 'supergraph.graphql'), 'utf8'));
  const type = document.definitions.find((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'AuditEntry');
  if (type?.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error('no AuditEntry in the supergraph');
  return (type.fields ?? []).map((field) => field.name.value);
}

describe('auditEntries: paging a whole trail through the gateway', () => {
  let stack: Stack;
  let db: Client;
  let personId: string;

  async function append(schema: 'identification' | 'shelters', at: Date): Promise<void> {
    const payload = sealAuditEntry({
      actor: { subject: randomUUID(), username: 'cm.shelter-b', agencyId: 'shelter-b', role: 'case_manager' },
      correlationId: null,
      personId,
      categories: [DataCategory.HEALTH],
      action: AuditAction.READ,
      basis: null,
      decision: AccessDecision.DENIED,
      reason: 'CONSENT_REQUIRED',
      at,
    });
    await db.query(`SELECT ${schema}.append_audit_entries($1::text[])`, [[canonicalAuditPayload(payload)]]);
  }

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    ({ personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Mira', familyName: 'Pagedtrail' }));
    // Entries of the RA's reads through the gateway, and a long history in both chains, several at the same instant.
    for (let index = 0; index < 3; index += 1) await mustSucceed(stack, 'ra.officer', `query ($id: ID!) { person(id: $id) { id identity { givenName } } }`, { id: personId });
    const base = Date.now() - 3_600_000;
    for (let index = 0; index < 90; index += 1) {
      const at = new Date(base + Math.floor(index / 4) * 1_000);
      await append(index % 3 === 0 ? 'shelters' : 'identification', at);
    }
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  it('gives the auditor every entry exactly once, newest first, in pages of the largest size with every field', async () => {
    const fields = everyAuditEntryField();
    expect(fields).toEqual(expect.arrayContaining(['id', 'service', 'at', 'actorUsername', 'personId', 'categories', 'action', 'basis', 'decision']));
    const query = `query ($personId: ID!, $after: String) {
      auditEntries(personId: $personId, first: ${MAX_PAGE}, after: $after) { edges { cursor node { ${fields.join(' ')} } } pageInfo { hasNextPage endCursor } }
    }`;
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM (SELECT id, at, 'identification' AS service, seq FROM identification.audit_entry WHERE person_id = $1
                       UNION ALL SELECT id, at, 'shelters', seq FROM shelters.audit_entry WHERE person_id = $1
                       UNION ALL SELECT id, at, 'referral', seq FROM referral.audit_entry WHERE person_id = $1
                       UNION ALL SELECT id, at, 'formal-identification', seq FROM formal_identification.audit_entry WHERE person_id = $1) e
        ORDER BY at DESC, service ASC, seq DESC`,
      [personId],
    );
    expect(rows.length).toBeGreaterThan(MAX_PAGE);

    const token = await stack.tokenFor('auditor');
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Awaited<ReturnType<Stack['graphql']>> = await stack.graphql(query, { personId, after }, token);
      expect(result.errors).toBeUndefined();
      const connection = (result.data as { auditEntries: { edges: Array<{ cursor: string; node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } })
        .auditEntries;
      pages += 1;
      for (const edge of connection.edges) {
        expect(Object.keys(edge.node).sort()).toEqual([...fields].sort());
        seen.push(edge.node['id'] as string);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toEqual(rows.map((row) => row.id));
  });

  it('is within the complexity limit where the whole trail in one list is not', async () => {
    const fields = everyAuditEntryField().join(' ');
    const token = await stack.tokenFor('auditor');
    const list = await stack.graphql(`query ($personId: ID!) { auditTrail(personId: $personId, first: 140) { ${fields} } }`, { personId }, token);
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['query'] });
    const tooLarge = await stack.graphql(`query ($personId: ID!) { auditEntries(personId: $personId, first: ${MAX_PAGE + 1}) { edges { node { id } } } }`, { personId }, token);
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
  });
});
