import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type INestApplication, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Directive, Field, ID, ObjectType, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import ts from 'typescript';
import pino from 'pino';
import { baseConfigSchema } from '@nrm/config';
import { AgencyType, Role } from '@nrm/domain';
import { AuthGuard, Authenticator, InvalidTokenError, Roles, TOKEN_VERIFIER, type TokenIdentity } from '@nrm/auth';
import { subgraphModule } from './graphql';
import type { ServiceRuntime } from './runtime';

// Walks every resolver of every service and fails the build if a root operation or entity resolver carries no
// role declaration: deny by default must be visible in the code, not only enforced at run time.
const ROOT = join(__dirname, '..', '..', '..');
const OPERATION_DECORATORS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveReference', 'ResolveField']);
const ROLE_DECORATORS = new Set(['Roles', 'AnyStaff']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'test' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function decoratorNames(node: ts.Node): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((decorator) => {
    const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
    return ts.isIdentifier(expression) ? expression.text : expression.getText();
  });
}

interface Finding {
  file: string;
  className: string;
  method: string;
  operation: string;
  guarded: boolean;
  publicEndpoint: boolean;
}

function findOperations(): Finding[] {
  const servicesDir = join(ROOT, 'services');
  const findings: Finding[] = [];
  for (const file of sourceFiles(servicesDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('@Resolver')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    source.forEachChild(function visit(node) {
      if (ts.isClassDeclaration(node) && decoratorNames(node).includes('Resolver')) {
        const classDecorators = decoratorNames(node);
        for (const member of node.members) {
          if (!ts.isMethodDeclaration(member)) continue;
          const names = decoratorNames(member);
          const operation = names.find((name) => OPERATION_DECORATORS.has(name));
          if (!operation) continue;
          findings.push({
            file: relative(ROOT, file),
            className: node.name?.text ?? '(anonymous)',
            method: member.name.getText(source),
            operation,
            guarded: [...names, ...classDecorators].some((name) => ROLE_DECORATORS.has(name)),
            publicEndpoint: [...names, ...classDecorators].includes('PublicEndpoint'),
          });
        }
      }
      node.forEachChild(visit);
    });
  }
  return findings;
}

describe('resolver guards', () => {
  const operations = findOperations();

  it('finds the resolvers of the services', () => {
    expect(operations.length).toBeGreaterThan(5);
  });

  it('declares the allowed roles on every query, mutation, subscription, entity and field resolver', () => {
    const unguarded = operations.filter((operation) => !operation.guarded).map((o) => `${o.file} ${o.className}.${o.method} (@${o.operation})`);
    expect(unguarded).toEqual([]);
  });

  it('never marks a resolver public', () => {
    expect(operations.filter((operation) => operation.publicEndpoint)).toEqual([]);
  });
});

// The walk above proves the declarations exist; this proves the platform's subgraph module enforces them on the
// resolvers a subgraph serves to anyone who can reach its port: `_entities` (reference resolvers) and field resolvers.
@ObjectType()
@Directive('@key(fields: "id")')
class Probe {
  @Field(() => ID)
  id!: string;
}

const references: string[] = [];

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe)
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  probe(): Probe {
    return { id: 'root' };
  }

  @ResolveReference()
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  resolveReference(reference: { id: string }): Probe {
    references.push(reference.id);
    return { id: reference.id };
  }

  @ResolveField(() => String)
  @Roles(Role.RA_HEAD)
  headOnly(@Parent() probe: Probe): string {
    return `head:${probe.id}`;
  }

  @ResolveField(() => String)
  undeclared(): string {
    return 'served to nobody';
  }
}

function identity(role: Role): TokenIdentity {
  return {
    subject: role,
    username: role,
    roles: [role],
    agencyId: 'agency',
    agencyType: AgencyType.RESPONSIBLE_AUTHORITY,
    clientId: 'nrm-cli',
    tokenId: undefined,
    expiresAt: new Date(Date.now() + 60_000),
  };
}

describe('the guard on a subgraph served by subgraphModule', () => {
  let app: INestApplication;
  const verified: string[] = [];
  const verifier = {
    async verify(token: string): Promise<TokenIdentity> {
      verified.push(token);
      if (token === 'officer') return identity(Role.RA_OFFICER);
      if (token === 'head') return identity(Role.RA_HEAD);
      if (token === 'auditor') return identity(Role.AUDITOR);
      throw new InvalidTokenError('unknown');
    },
  };

  beforeAll(async () => {
    const config = { ...baseConfigSchema.parse({ NODE_ENV: 'test' }), PORT: 0 };
    const runtime = { name: 'identification', schema: 'probe', mode: 'api', config, logger: pino({ level: 'silent' }) } satisfies ServiceRuntime;
    @Module({
      imports: [subgraphModule({ runtime })],
      providers: [ProbeResolver, Authenticator, { provide: TOKEN_VERIFIER, useValue: verifier }, { provide: APP_GUARD, useClass: AuthGuard }],
    })
    class ProbeModule {}
    const moduleRef = await Test.createTestingModule({ imports: [ProbeModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => {
    references.length = 0;
    verified.length = 0;
  });

  async function entities(selection: string, token?: string, ids: string[] = ['known']) {
    const representations = ids.map((id) => ({ __typename: 'Probe', id }));
    const call = request(app.getHttpServer()).post('/graphql');
    if (token) call.set('authorization', `Bearer ${token}`);
    const response = await call.send({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Probe { ${selection} } } }`,
      variables: { r: representations },
    });
    const body = response.body as { data?: { _entities: Array<Record<string, string> | null> }; errors?: Array<{ extensions: { code: string }; path?: unknown[] }> };
    return { data: body.data, codes: (body.errors ?? []).map((error) => error.extensions.code) };
  }

  it('refuses _entities without a token before the reference resolver runs', async () => {
    const { data, codes } = await entities('id');
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(data?._entities).toEqual([null]);
    expect(references).toEqual([]);
  });

  it('refuses _entities to a role the reference resolver does not declare, alike for any id', async () => {
    const { codes } = await entities('id', 'auditor', ['known', 'unknown']);
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(references).toEqual([]);
  });

  it('runs the guard on each field resolver: a field is refused to a role it does not declare', async () => {
    const { data, codes } = await entities('id headOnly', 'officer');
    expect(references).toEqual(['known']);
    expect(codes).toEqual(['FORBIDDEN']);
    expect(data?._entities).toEqual([null]);
  });

  it('serves a field resolver to the role it declares', async () => {
    const { data, codes } = await entities('id headOnly', 'head');
    expect(codes).toEqual([]);
    expect(data?._entities).toEqual([{ id: 'known', headOnly: 'head:known' }]);
  });

  it('refuses a field resolver that declares no role, to every role', async () => {
    const { codes } = await entities('undeclared', 'head');
    expect(codes).toEqual(['FORBIDDEN']);
  });

  it('verifies the token once per request, however many entities and fields it resolves', async () => {
    const ids = Array.from({ length: 20 }, (_, index) => `id-${index}`);
    const { codes } = await entities('id headOnly', 'head', ids);
    expect(codes).toEqual([]);
    expect(verified).toEqual(['head']);
  });
});
