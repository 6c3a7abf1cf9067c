import { randomUUID } from 'node:crypto';
import type { SubgraphResult, SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// A caller who could not see a person if it existed learns nothing from an id: an unknown one is answered exactly as
// a known person (or grant, or identification) that its agency is not linked to. The RA, who sees every person, is
// still told NOT_FOUND.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id person { id reference } }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id reference summary { sex } identity { givenName } } }`;
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id reference summary { sex } contactLocation { identifiedInRegion } } }
}`;
const ENTITY_ID_ONLY = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id } } }`;
const GRANTS = `query Grants($personId: ID!) { consentGrants(personId: $personId) { id } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawConsent(id: $id) { id } }`;
const IDENTIFICATION = `query Identification($id: ID!) { initialIdentification(id: $id) { id } }`;

/** The unlinked callers of the brief: a first responder of another agency and a shelter with no case of the person. */
const UNLINKED = ['police.tirana', 'cm.shelter-b'] as const;

interface Submitted {
  identificationId: string;
  personId: string;
  reference: string;
}

interface Probe {
  name: string;
  query: string;
  variables: (id: string) => Record<string, unknown>;
  /** Which id of the known record the probe takes. */
  known: (fixture: { submitted: Submitted; grantId: string }) => string;
}

const grantInput = (personId: string) => ({
  personId,
  granteeAgencyId: 'shelter-a',
  purpose: 'REFERRAL_ASSISTANCE',
  categories: ['IDENTITY'],
  givenBy: 'PERSON',
  evidenceReference: 'CF-2026-0800',
});

const PROBES: readonly Probe[] = [
  { name: 'person', query: PERSON, variables: (id) => ({ id }), known: ({ submitted }) => submitted.personId },
  {
    name: '_entities',
    query: ENTITIES,
    variables: (id) => ({ representations: [{ __typename: 'Person', id }] }),
    known: ({ submitted }) => submitted.personId,
  },
  {
    name: '_entities (id only)',
    query: ENTITY_ID_ONLY,
    variables: (id) => ({ representations: [{ __typename: 'Person', id }] }),
    known: ({ submitted }) => submitted.personId,
  },
  { name: 'consentGrants', query: GRANTS, variables: (personId) => ({ personId }), known: ({ submitted }) => submitted.personId },
  { name: 'grantConsent', query: GRANT, variables: (personId) => ({ input: grantInput(personId) }), known: ({ submitted }) => submitted.personId },
  { name: 'withdrawConsent', query: WITHDRAW, variables: (id) => ({ id }), known: ({ grantId }) => grantId },
  { name: 'initialIdentification', query: IDENTIFICATION, variables: (id) => ({ id }), known: ({ submitted }) => submitted.identificationId },
];

/**
 * The whole response as a client sees it, with the id the client itself sent replaced. Errors of fields resolved
 * concurrently are sorted by path: their order follows timing, not the record.
 */
function asSeen(result: SubgraphResult<unknown>, id: string): string {
  const errors = [...(result.errors ?? [])].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  return JSON.stringify({ status: result.status, data: result.data, errors }).split(id).join('<id>');
}

describe('no existence oracle on person ids (identification, real PostgreSQL, signed tokens)', () => {
  let subgraph: SubgraphUnderTest;
  let submitted: Submitted;
  let grantId: string;

  beforeAll(async () => {
    subgraph = await startIdentification();
    // Recorded by an agency neither probing caller belongs to; the RA records a grant to a third agency.
    const result = await subgraph.graphql<{ submitInitialIdentification: { id: string; person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: adultInput() },
      await subgraph.tokenFor('ngo.outreach'),
    );
    expect(result.errors).toBeUndefined();
    const identification = result.data!.submitInitialIdentification;
    submitted = { identificationId: identification.id, personId: identification.person.id, reference: identification.person.reference };
    const grant = await subgraph.graphql<{ grantConsent: { id: string } }>(GRANT, { input: grantInput(submitted.personId) }, await subgraph.tokenFor('ra.officer'));
    expect(grant.errors).toBeUndefined();
    grantId = grant.data!.grantConsent.id;
  }, 90_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  for (const username of UNLINKED) {
    for (const probe of PROBES) {
      it(`${username}: ${probe.name} answers an unknown id exactly as a known one it is not linked to`, async () => {
        const token = await subgraph.tokenFor(username);
        const knownId = probe.known({ submitted, grantId });
        const unknownId = randomUUID();
        const known = await subgraph.graphql(probe.query, probe.variables(knownId), token);
        const unknown = await subgraph.graphql(probe.query, probe.variables(unknownId), token);
        // The known record is refused (or, for the bare id of an entity, echoed) — never served.
        expect(known.text).not.toContain(submitted.reference);
        expect(asSeen(unknown, unknownId)).toBe(asSeen(known, knownId));
      });
    }
  }

  it('records the denial about an unknown id without a person, and the one about a known person with it', async () => {
    const token = await subgraph.tokenFor('police.tirana');
    const unknownCorrelation = randomUUID();
    const knownCorrelation = randomUUID();
    await subgraph.graphql(PERSON, { id: randomUUID() }, token, { 'x-correlation-id': unknownCorrelation });
    await subgraph.graphql(PERSON, { id: submitted.personId }, token, { 'x-correlation-id': knownCorrelation });
    const rows = async (correlationId: string) =>
      subgraph.dataSource.query<Array<{ person_id: string | null; decision: string; reason: string }>>(
        `SELECT person_id, decision, reason FROM identification.audit_entry WHERE correlation_id = $1`,
        [correlationId],
      );
    expect(await rows(unknownCorrelation)).toEqual([{ person_id: null, decision: 'DENIED', reason: 'FORBIDDEN' }]);
    expect(await rows(knownCorrelation)).toEqual([{ person_id: submitted.personId, decision: 'DENIED', reason: 'FORBIDDEN' }]);
    // Through `_entities`, every refused field of the stand-in joins one entry, still about no person.
    const entityCorrelation = randomUUID();
    await subgraph.graphql(ENTITIES, { representations: [{ __typename: 'Person', id: randomUUID() }] }, token, { 'x-correlation-id': entityCorrelation });
    expect(await rows(entityCorrelation)).toEqual([{ person_id: null, decision: 'DENIED', reason: 'FORBIDDEN' }]);
  });

  it('still tells the RA, whose mandate covers every person, that an id names no one', async () => {
    const token = await subgraph.tokenFor('ra.officer');
    const person = await subgraph.graphql(PERSON, { id: randomUUID() }, token);
    expect(person.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
    const entities = await subgraph.graphql(ENTITIES, { representations: [{ __typename: 'Person', id: randomUUID() }] }, token);
    expect(entities.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
    const identification = await subgraph.graphql(IDENTIFICATION, { id: randomUUID() }, token);
    expect(identification.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
  });
});
