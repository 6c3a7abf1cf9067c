import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { Kind, parse, type DirectiveNode, type DocumentNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { PERSON_READER_ROLES } from '@nrm/access-policy';
import { type GraphQLResponseError, REPOSITORY_ROOT, type Stack, startStack } from '@nrm/testing';
import { DEMO_USERS, identificationInput, SUBMIT } from './support/nrm-fixtures';

/*
 * Every subgraph's port answers without the gateway. Called directly, with no token and with each demo user's token,
 * `_entities` must serve no field of any entity type that the same caller would not get through the gateway, and must
 * answer a known and an unknown id alike to a caller without the right role. The types and fields come from each
 * subgraph's SDL (infra/supergraph/<name>.graphql), so a field added later is covered without editing this spec.
 */

interface EntityType {
  subgraph: string;
  type: string;
  resolvable: boolean;
  /** The fields the subgraph resolves on the type (all but its key), each with a selection that is valid alone. */
  fields: Array<{ name: string; selection: string }>;
}

interface DirectResult {
  status: number;
  text: string;
  data: { _entities?: Array<Record<string, unknown> | null> } | null | undefined;
  errors: GraphQLResponseError[] | undefined;
}

const SUPERGRAPH_DIR = join(REPOSITORY_ROOT, 'infra', 'supergraph');

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function stringArgument(directive: DirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

function entityTypesOf(subgraph: string): EntityType[] {
  const document: DocumentNode = parse(readFileSync(join(SUPERGRAPH_DIR, `${subgraph}.graphql`), 'utf8'));
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) objects.set(definition.name.value, definition);
  }
  const union = document.definitions.find((definition) => definition.kind === Kind.UNION_TYPE_DEFINITION && definition.name.value === '_Entity');
  if (!union || union.kind !== Kind.UNION_TYPE_DEFINITION) return [];
  return (union.types ?? []).map((member) => {
    const definition = objects.get(member.name.value)!;
    const key = definition.directives?.find((directive) => directive.name.value === 'key');
    const keyFields = new Set((key ? (stringArgument(key, 'fields') ?? '') : '').split(/\s+/).filter(Boolean));
    const resolvableArgument = key?.arguments?.find((argument) => argument.name.value === 'resolvable');
    const resolvable = !(resolvableArgument?.value.kind === Kind.BOOLEAN && resolvableArgument.value.value === false);
    const fields = (definition.fields ?? [])
      .filter((field) => !keyFields.has(field.name.value))
      .map((field) => ({
        name: field.name.value,
        // An object field still runs its resolver for `__typename`, and the selection stays valid whatever the type.
        selection: objects.has(namedType(field.type)) ? `${field.name.value} { __typename }` : field.name.value,
      }));
    return { subgraph, type: member.name.value, resolvable, fields };
  });
}

describe('each subgraph called directly, without the gateway', () => {
  let stack: Stack;
  let known: string;
  const unknown = randomUUID();
  const entityTypes: EntityType[] = [];

  beforeAll(async () => {
    stack = await startStack();
    for (const subgraph of Object.keys(stack.subgraphUrls)) entityTypes.push(...entityTypesOf(subgraph));
    const submitted = await stack.graphql<{ submitInitialIdentification: { person: { id: string } } }>(
      SUBMIT,
      { input: identificationInput({ givenName: 'Direct', familyName: 'Caller' }) },
      await stack.tokenFor('police.tirana'),
    );
    expect(submitted.errors).toBeUndefined();
    known = submitted.data!.submitInitialIdentification.person.id;
    // More people, so the gateway's plans batch several representations into one _entities fetch.
    for (let index = 0; index < 5; index += 1) {
      const more = await stack.graphql(SUBMIT, { input: identificationInput({ givenName: 'Batch', familyName: 'Person' }) }, await stack.tokenFor('police.tirana'));
      expect(more.errors).toBeUndefined();
    }
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  describe('through the gateway: what a client sends never reaches the caller as a driver message, or the trail as sent', () => {
    async function submitWith(person: Record<string, unknown>) {
      const input = identificationInput({ givenName: 'Bad', familyName: 'Input' });
      return stack.graphql(SUBMIT, { input: { ...input, person: { ...(input['person'] as object), ...person } } }, await stack.tokenFor('police.tirana'));
    }

    it('refuses a NUL byte in a name as BAD_USER_INPUT naming the field', async () => {
      const result = await submitWith({ givenName: 'Ar\u0000ta' });
      expect(result.errors?.map((error) => [error.extensions.code, error.extensions.fields])).toEqual([['BAD_USER_INPUT', ['input.person.givenName']]]);
      expect(result.errors?.[0]?.message).not.toMatch(/byte sequence|UTF8|0x00|encoding/);
    });

    it('refuses a 200,000-character name as BAD_USER_INPUT naming the field (the subgraph takes what the gateway takes)', async () => {
      const result = await submitWith({ givenName: 'a'.repeat(200_000) });
      expect(result.errors?.map((error) => [error.extensions.code, error.extensions.fields])).toEqual([['BAD_USER_INPUT', ['input.person.givenName']]]);
    });

    it('stores no client correlation id that could carry a name: the audit tables never see it', async () => {
      const smuggled = 'Direct-Caller-born-1995-04-01';
      const read = await stack.graphql(`query Person($id: ID!) { person(id: $id) { summary { sex } } }`, { id: known }, await stack.tokenFor('ra.officer'), {
        'x-correlation-id': smuggled,
      });
      expect(read.errors).toBeUndefined();
      expect(read.headers.get('x-correlation-id')).not.toBe(smuggled);
      const db = new Client({ connectionString: process.env['DATABASE_URL'] });
      await db.connect();
      try {
        for (const schema of ['identification', 'shelters']) {
          const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${schema}.audit_entry e WHERE row_to_json(e)::text LIKE '%Caller-born%'`);
          expect({ schema, count: rows[0]!.count }).toEqual({ schema, count: 0 });
        }
        const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM identification.audit_entry WHERE person_id = $1 AND actor_username = 'ra.officer'`, [known]);
        expect(rows[0]!.count).toBeGreaterThan(0);
      } finally {
        await db.end();
      }
    });
  });

  async function direct(subgraph: string, query: string, variables: Record<string, unknown>, token?: string): Promise<DirectResult> {
    const response = await fetch(`${stack.subgraphUrls[subgraph]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: DirectResult['data']; errors?: GraphQLResponseError[] };
    return { status: response.status, text, data: body.data, errors: body.errors };
  }

  function entities(entity: EntityType, selection: string, id: string, token?: string): Promise<DirectResult> {
    return direct(
      entity.subgraph,
      `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${entity.type} { ${selection} } } }`,
      { representations: [{ __typename: entity.type, id }] },
      token,
    );
  }

  /** The response for an id with the id itself taken out: what the caller learns beyond what it sent. */
  const withoutId = (result: DirectResult, id: string): string => result.text.split(id).join('<id>');
  const codes = (result: DirectResult): string[] => [...new Set((result.errors ?? []).map((error) => error.extensions.code))];

  it('finds the entity types of the subgraphs and the fields they resolve', () => {
    const resolved = entityTypes.filter((entity) => entity.resolvable);
    expect(resolved.map((entity) => `${entity.subgraph}:${entity.type}`).sort()).toEqual(expect.arrayContaining(['identification:Person', 'shelters:Person']));
    expect(resolved.every((entity) => entity.fields.length > 0)).toBe(true);
  });

  it('answers every field of every entity type UNAUTHENTICATED without a token, a known id exactly like an unknown one', async () => {
    const served: string[] = [];
    for (const entity of entityTypes.filter((candidate) => candidate.resolvable)) {
      for (const field of entity.fields) {
        const [forKnown, forUnknown] = [await entities(entity, field.selection, known), await entities(entity, field.selection, unknown)];
        if (codes(forKnown).join() !== 'UNAUTHENTICATED' || forKnown.data?._entities?.[0] != null) served.push(`${entity.subgraph}:${entity.type}.${field.name}`);
        expect(withoutId(forKnown, known)).toBe(withoutId(forUnknown, unknown));
      }
    }
    expect(served).toEqual([]);
  });

  it('answers every field FORBIDDEN to the roles that never see a person, a known id exactly like an unknown one', async () => {
    const outsiders = DEMO_USERS.filter((user) => !PERSON_READER_ROLES.includes(user.role));
    expect(outsiders.map((user) => user.username).sort()).toEqual(['admin', 'auditor', 'coordinator']);
    const served: string[] = [];
    for (const user of outsiders) {
      const token = await stack.tokenFor(user.username);
      for (const entity of entityTypes.filter((candidate) => candidate.resolvable)) {
        for (const field of entity.fields) {
          const [forKnown, forUnknown] = [await entities(entity, field.selection, known, token), await entities(entity, field.selection, unknown, token)];
          if (codes(forKnown).join() !== 'FORBIDDEN' || forKnown.data?._entities?.[0] != null) served.push(`${user.username} ${entity.subgraph}:${entity.type}.${field.name}`);
          expect(withoutId(forKnown, known)).toBe(withoutId(forUnknown, unknown));
        }
      }
    }
    expect(served).toEqual([]);
  });

  it('serves each reader role directly no field it would not get through the gateway, with the same code', async () => {
    const mismatches: unknown[] = [];
    for (const user of DEMO_USERS.filter((candidate) => PERSON_READER_ROLES.includes(candidate.role))) {
      const token = await stack.tokenFor(user.username);
      for (const entity of entityTypes.filter((candidate) => candidate.resolvable)) {
        for (const field of entity.fields) {
          const viaGateway = await stack.graphql<{ person: Record<string, unknown> | null }>(
            `query Person($id: ID!) { person(id: $id) { ${field.selection} } }`,
            { id: known },
            token,
          );
          // The policy's answer: the person refused as a whole (no relationship), or this field served or refused.
          const personRefused = viaGateway.errors?.find((error) => error.path?.length === 1)?.extensions.code;
          const fieldRefused = viaGateway.errors?.find((error) => error.path?.[1] === field.name)?.extensions.code;
          const expected = personRefused ?? fieldRefused ?? 'SERVED';
          const directly = await entities(entity, field.selection, known, token);
          const value = directly.data?._entities?.[0]?.[field.name];
          const actual = codes(directly)[0] ?? (value === undefined ? 'MISSING' : 'SERVED');
          if (actual !== expected) mismatches.push({ user: user.username, field: `${entity.subgraph}:${entity.type}.${field.name}`, expected, actual });
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses the reference and the identity to an agency with no relationship, and serves them to the one that recorded the person', async () => {
    const identification = entityTypes.find((entity) => entity.subgraph === 'identification' && entity.type === 'Person')!;
    const unrelated = await entities(identification, 'id reference identity { givenName }', known, await stack.tokenFor('ngo.outreach'));
    expect(codes(unrelated)).toEqual(['FORBIDDEN']);
    expect(unrelated.text).not.toMatch(/NRM-\d{4}-\d+|Direct/);
    const recorder = await entities(identification, 'id reference identity { givenName }', known, await stack.tokenFor('police.tirana'));
    expect(recorder.errors).toBeUndefined();
    expect(recorder.data?._entities?.[0]).toMatchObject({ id: known, identity: { givenName: 'Direct' } });
  });

  it('echoes only the representation for an entity type a subgraph does not resolve', async () => {
    for (const entity of entityTypes.filter((candidate) => !candidate.resolvable)) {
      const result = await entities(entity, 'id', known);
      const [echoed] = result.data?._entities ?? [null];
      expect(echoed === null || JSON.stringify(echoed) === JSON.stringify({ id: known })).toBe(true);
    }
  });

  describe('query limits on both layers', () => {
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

    it('refuses 2,000 aliases of indicatorCatalog on a subgraph directly, quickly and with a small answer', async () => {
      const started = Date.now();
      const result = await direct('identification', aliases(2_000, 'indicatorCatalog { code label }'), {}, await stack.tokenFor('police.tirana'));
      expect(result.status).toBe(400);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toBe('Query uses 2000 aliases, more than the limit of 60');
      expect(result.text.length).toBeLessThan(2_000);
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('refuses 300 aliases of __typename at the gateway', async () => {
      const result = await stack.graphql(aliases(300, '__typename'), {}, await stack.tokenFor('police.tirana'));
      expect(result.status).toBe(400);
      expect(result.errors?.map((error) => error.message)).toEqual(['Query uses 300 aliases, more than the limit of 30']);
    });

    it('refuses aliases past the limit on every subgraph directly, even without a token', async () => {
      for (const subgraph of Object.keys(stack.subgraphUrls)) {
        const result = await direct(subgraph, aliases(61, '__typename'), {});
        expect({ subgraph, codes: codes(result), message: result.errors?.[0]?.message }).toEqual({
          subgraph,
          codes: ['BAD_USER_INPUT'],
          message: 'Query uses 61 aliases, more than the limit of 60',
        });
      }
    });

    it('refuses a query nested deeper than the subgraph limit on the subgraph directly', async () => {
      let selection = 'code';
      for (let level = 2; level < 18; level += 1) selection = `code { ${selection} }`;
      const result = await direct('identification', `{ indicatorCatalog { ${selection} } }`, {}, await stack.tokenFor('police.tirana'));
      expect(result.status).toBe(400);
      expect(result.errors?.map((error) => error.message)).toContain('Query depth exceeds the limit of 16');
    });

    it('refuses a query over the subgraph complexity limit on the subgraph directly', async () => {
      const pages = Array.from({ length: 9 }, (_, index) => `p${index}: initialIdentifications(first: 100) { edges { node { id region venue } } }`).join(' ');
      const result = await direct('identification', `{ ${pages} }`, {}, await stack.tokenFor('police.tirana'));
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.message).toMatch(/^Query complexity \d+ exceeds the limit of 4000$/);
    });

    it("still passes the gateway's own batched _entities fetches: many people's summaries in one query", async () => {
      const token = await stack.tokenFor('ra.officer');
      const result = await stack.graphql<{ initialIdentifications: { edges: Array<{ node: { person: { reference: string; summary: { sex: string } } } }> } }>(
        `{ initialIdentifications(first: 50) { edges { node { person { reference summary { sex } health { assessments { area } } } } } } }`,
        {},
        token,
      );
      expect(result.data?.initialIdentifications.edges.length).toBeGreaterThanOrEqual(6);
      for (const edge of result.data!.initialIdentifications.edges) expect(edge.node.person.reference).toMatch(/^NRM-/);
      // Health needs consent: refused per person, never the whole query by a limit.
      expect(new Set((result.errors ?? []).map((error) => error.extensions.code))).toEqual(new Set(['CONSENT_REQUIRED']));
    });
  });
});
