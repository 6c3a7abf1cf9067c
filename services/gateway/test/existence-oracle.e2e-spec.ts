import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type GraphQLResponseError, startStack, type Stack } from '@nrm/testing';
import { GRANT, identificationInput, mustSucceed } from './support/nrm-fixtures';

/*
 * An id is no oracle: for a caller who could not see the person if it existed, every operation that takes a person id
 * (or the id of a record about a person) answers an unknown id exactly as it answers a known one the caller's agency
 * is not linked to — status, data, messages and extensions alike, the echoed id aside.
 */

jest.setTimeout(90_000);

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id } } }`;

/** A first responder of another agency, and a shelter holding no case of the person. */
const UNLINKED = ['police.tirana', 'cm.shelter-b'] as const;

interface Known {
  personId: string;
  identificationId: string;
  grantId: string;
}

interface Operation {
  name: string;
  query: string;
  variables: (id: string) => Record<string, unknown>;
  known: (known: Known) => string;
}

const consentInput = (personId: string) => ({
  personId,
  granteeAgencyId: 'shelter-a',
  purpose: 'REFERRAL_ASSISTANCE',
  categories: ['IDENTITY'],
  givenBy: 'PERSON',
  evidenceReference: 'CF-2026-0900',
});
const byPerson = (known: Known) => known.personId;

const OPERATIONS: readonly Operation[] = [
  {
    name: 'person',
    query: `query($id: ID!) { person(id: $id) { id reference summary { sex } identity { givenName } health { assessments { id } } } }`,
    variables: (id) => ({ id }),
    known: byPerson,
  },
  { name: 'consentGrants', query: `query($personId: ID!) { consentGrants(personId: $personId) { id } }`, variables: (personId) => ({ personId }), known: byPerson },
  { name: 'grantConsent', query: GRANT, variables: (personId) => ({ input: consentInput(personId) }), known: byPerson },
  { name: 'withdrawConsent', query: `mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, variables: (id) => ({ id }), known: (known) => known.grantId },
  {
    name: 'initialIdentification',
    query: `query($id: ID!) { initialIdentification(id: $id) { id person { id } } }`,
    variables: (id) => ({ id }),
    known: (known) => known.identificationId,
  },
  {
    name: 'referrals',
    query: `query($personId: ID!) { referrals(first: 5, filter: { personId: $personId }) { edges { node { id } } } }`,
    variables: (personId) => ({ personId }),
    known: byPerson,
  },
  {
    name: 'formalIdentifications',
    query: `query($personId: ID!) { formalIdentifications(personId: $personId) { id } }`,
    variables: (personId) => ({ personId }),
    known: byPerson,
  },
  { name: 'legalHolds', query: `query($personId: ID!) { legalHolds(personId: $personId) { id } }`, variables: (personId) => ({ personId }), known: byPerson },
  { name: 'auditTrail', query: `query($personId: ID!) { auditTrail(personId: $personId) { id } }`, variables: (personId) => ({ personId }), known: byPerson },
];

/** The response as the client sees it, the id it sent replaced; concurrent field errors sorted (their order is timing). */
function asSeen(result: { status: number; data?: unknown; errors?: GraphQLResponseError[] }, id: string): string {
  const errors = [...(result.errors ?? [])].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  return JSON.stringify({ status: result.status, data: result.data ?? null, errors }).split(id).join('<id>');
}

describe('no existence oracle on person ids, through the gateway', () => {
  let stack: Stack;
  let known: Known;

  beforeAll(async () => {
    stack = await startStack();
    const submitted = await mustSucceed<{ submitInitialIdentification: { id: string; person: { id: string } } }>(stack, 'ngo.outreach', SUBMIT, {
      input: identificationInput({ givenName: 'Oraclena', familyName: 'Probeva' }),
    });
    const personId = submitted.submitInitialIdentification.person.id;
    const grant = await mustSucceed<{ grantConsent: { id: string } }>(stack, 'ra.officer', GRANT, { input: consentInput(personId) });
    known = { personId, identificationId: submitted.submitInitialIdentification.id, grantId: grant.grantConsent.id };
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  for (const username of UNLINKED) {
    for (const operation of OPERATIONS) {
      it(`${username}: ${operation.name} answers an unknown id exactly as a known one it is not linked to`, async () => {
        const token = await stack.tokenFor(username);
        const knownId = operation.known(known);
        const unknownId = randomUUID();
        const forKnown = await stack.graphql(operation.query, operation.variables(knownId), token);
        const forUnknown = await stack.graphql(operation.query, operation.variables(unknownId), token);
        expect(JSON.stringify(forKnown)).not.toMatch(/Oraclena|Probeva/);
        expect(asSeen(forUnknown, unknownId)).toBe(asSeen(forKnown, knownId));
      });
    }
  }

  it("answers an unknown id in each subgraph's _entities exactly as a person not linked to the caller, and audits it without a person", async () => {
    const ENTITIES = {
      identification: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id reference summary { sex } } } }`,
      shelters: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id health { assessments { id } } psychosocial { assessments { id } } } } }`,
    };
    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    try {
      for (const username of UNLINKED) {
        for (const service of ['identification', 'shelters'] as const) {
          const direct = async (id: string, correlationId: string) => {
            const response = await fetch(`${stack.subgraphUrls[service]}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor(username)}`, 'x-correlation-id': correlationId },
              body: JSON.stringify({ query: ENTITIES[service], variables: { representations: [{ __typename: 'Person', id }] } }),
            });
            return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: GraphQLResponseError[] }) };
          };
          const unknownId = randomUUID();
          const unknownCorrelation = randomUUID();
          const forKnown = await direct(known.personId, randomUUID());
          const forUnknown = await direct(unknownId, unknownCorrelation);
          expect({ username, service, seen: asSeen(forUnknown, unknownId) }).toEqual({ username, service, seen: asSeen(forKnown, known.personId) });
          const { rows } = await db.query(`SELECT person_id, decision, reason FROM ${service}.audit_entry WHERE correlation_id = $1`, [unknownCorrelation]);
          expect({ username, service, rows }).toEqual({ username, service, rows: [{ person_id: null, decision: 'DENIED', reason: 'FORBIDDEN' }] });
        }
      }
    } finally {
      await db.end();
    }
  });

  it('still answers NOT_FOUND to the RA, whose mandate covers every person', async () => {
    const result = await stack.graphql(`query($id: ID!) { person(id: $id) { id } }`, { id: randomUUID() }, await stack.tokenFor('ra.officer'));
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
  });
});
