import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule, assertComplexityWithin, complexityLimitPlugin, depthLimitRule } from './query-limits';

// A cyclic schema, so queries of any depth are valid and only the limits can refuse them.
const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): [Node!]! }
  type Node { name: String, child: Node, children(first: Int): [Node!]! }
`);

/** `{ node { child { … name } } }` with `depth` fields on the deepest path. */
function nested(depth: number): string {
  let selection = 'name';
  for (let level = 2; level < depth; level += 1) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
}

function depthErrors(query: string, limit: number): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, depthLimitRule(limit)]);
}

describe('depthLimitRule', () => {
  it('accepts a query exactly at the limit', () => {
    expect(depthErrors(nested(12), 12)).toEqual([]);
  });

  it('refuses a query one level past the limit with BAD_USER_INPUT on the query', () => {
    const [error, ...others] = depthErrors(nested(13), 12);
    expect(others).toEqual([]);
    expect(error.message).toBe('Query depth exceeds the limit of 12');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['query'] });
  });

  it('counts depth through named and inline fragments', () => {
    const query = `
      query { node { ...Deep } }
      fragment Deep on Node { child { ... on Node { child { child { name } } } } }`;
    expect(depthErrors(query, 4)).toHaveLength(1);
    expect(depthErrors(query, 5)).toEqual([]);
  });

  it('does not count introspection, whose standard query is deep by design', () => {
    expect(depthErrors('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }', 2)).toEqual([]);
  });

  it('survives a fragment cycle (reported by graphql itself) without recursing forever', () => {
    const errors = depthErrors('{ node { ...A } } fragment A on Node { child { ...A } }', 12);
    expect(errors.some((error) => /Cannot spread fragment "A" within itself/.test(error.message))).toBe(true);
  });
});

describe('assertComplexityWithin', () => {
  const check = (query: string, limit: number, variables?: Record<string, unknown>) =>
    assertComplexityWithin(limit, { schema, document: parse(query), variables });

  it('costs one per field', () => {
    expect(check('{ node { name child { name } } }', 100)).toBe(4);
  });

  it('multiplies a page by its size, including a size given as a variable', () => {
    expect(check('{ nodes(first: 10) { name } }', 100)).toBe(11);
    expect(check('query Q($n: Int) { nodes(first: $n) { name } }', 1_000, { n: 50 })).toBe(51);
  });

  it('refuses a query over the limit with BAD_USER_INPUT naming both numbers', () => {
    let thrown: unknown;
    try {
      check('{ nodes(first: 100) { children(first: 100) { name } } }', 1_000);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).message).toBe('Query complexity 10101 exceeds the limit of 1000');
    expect((thrown as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
  });

  it('leaves invalid variables to execution, which names the field at fault', () => {
    expect(check('query Q($n: Int) { nodes(first: $n) { name } }', 10, { n: 'many' })).toBeUndefined();
  });
});

describe('aliasLimitRule', () => {
  const errors = (query: string, aliases: number, directives = 100) =>
    validate(schema, parse(query), [...specifiedRules, aliasLimitRule(aliases, directives)]);
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(' ')} }`;

  it('accepts an operation with as many aliases as the limit', () => {
    expect(errors(aliased(30), 30)).toEqual([]);
  });

  it('refuses one alias more with BAD_USER_INPUT on the query, naming the limit', () => {
    const [error, ...others] = errors(aliased(31), 30);
    expect(others).toEqual([]);
    expect(error.message).toBe('Query uses 31 aliases, more than the limit of 30');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['query'] });
  });

  it('counts the aliases of a fragment each time it is spread', () => {
    const query = `{ node { ...F } a: node { ...F } b: node { ...F } } fragment F on Node { x: name y: name }`;
    // 2 aliases at the root and 2 in each of three spreads.
    expect(errors(query, 7)).toHaveLength(1);
    expect(errors(query, 8)).toEqual([]);
  });

  it('counts nested spreads without walking them again (a document of doubling spreads stays cheap)', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, index) =>
      index === levels - 1 ? `fragment F${index} on Node { z: name }` : `fragment F${index} on Node { ...F${index + 1} child { ...F${index + 1} } }`,
    ).join(' ');
    const started = Date.now();
    expect(errors(`{ node { ...F0 } } ${fragments}`, 1_000)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses more directives than the limit', () => {
    const query = `query($t: Boolean!) { node { name @include(if: $t) child @skip(if: $t) { name } } }`;
    expect(errors(query, 10, 1)[0]?.message).toBe('Query uses 2 directives, more than the limit of 1');
    expect(errors(query, 10, 2)).toEqual([]);
  });
});

describe('complexityLimitPlugin', () => {
  /** Runs the plugin's check as Apollo does: the same parsed document object for every request of one query text. */
  const checker = (limit: number) => {
    const plugin = complexityLimitPlugin(limit);
    return async (document: ReturnType<typeof parse>, variables: Record<string, unknown>) => {
      const listener = await plugin.requestDidStart!({ request: { variables } } as never);
      await listener!.didResolveOperation!({ request: { variables }, document, schema, operationName: undefined } as never);
    };
  };
  const EXPENSIVE = 'query Q($skip: Boolean!) { nodes(first: 50) @skip(if: $skip) { name child { name } } }';

  it('measures a document whose fields a variable skips on every request, so a cheap first request opens no way round the limit', async () => {
    const run = checker(100);
    const document = parse(EXPENSIVE);
    await expect(run(document, { skip: true })).resolves.toBeUndefined();
    await expect(run(document, { skip: false })).rejects.toThrow(/exceeds the limit of 100/);
  });

  it('measures again a document it could not measure before (invalid variables), instead of remembering no cost', async () => {
    const run = checker(100);
    const document = parse(EXPENSIVE);
    await expect(run(document, { skip: 'nonsense' })).resolves.toBeUndefined();
    await expect(run(document, { skip: false })).rejects.toThrow(/exceeds the limit of 100/);
  });
});
