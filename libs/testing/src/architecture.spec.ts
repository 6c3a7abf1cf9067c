import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

/*
 * The shape every service keeps (docs/architecture.md, "The shape of a feature"), checked over the source text so that
 * it cannot erode one file at a time. Each rule lists every offending file:line. The rules, precisely:
 *
 * In services/<name>/src, leaving out tests (*.spec.ts, *.int-spec.ts, *.e2e-spec.ts and test/ folders):
 * a. Data access only in repositories. A file not named *.repository.ts, and not under migrations/ or seeds/ (data set
 *    up by an operator, not feature code), must not
 *    - import, as a value, a TypeORM data-access class or function (DataSource, EntityManager, Repository,
 *      QueryRunner, getRepository…) from 'typeorm', or an injection decorator of one (InjectDataSource,
 *      InjectEntityManager, InjectRepository…) from '@nestjs/typeorm': that is how such an object gets injected;
 *    - call `.query(`, `.createQueryBuilder(`, `.getRepository(` or `.createQueryRunner(`, or read `.manager`;
 *    - call a library function that runs SQL: an exported function of libs/ taking one of those types as a parameter
 *      (queryPrepared, keysetPage, exportRows…; the list is read from the libraries, so it follows them);
 *    - touch (call a method of, read a property of) a name it declared with one of those types.
 *    `import type { EntityManager }` and handing the transaction on (`this.repository.save(manager, …)`) are allowed:
 *    an event handler passes the inbox transaction to the repository that writes in it. Entities' decorators and
 *    QueryFailedError are not data access.
 * b. A resolver (*.resolver.ts) holds no DataSource, EntityManager, Repository or QueryRunner: it neither imports one
 *    (not even as a type) nor declares a parameter, property or variable of one of those types.
 * c. The feature folders of one service's src (its direct sub-folders) import each other without a cycle. Every
 *    relative import, export-from, import() and require() counts, type-only ones too: a cycle through types still
 *    means neither feature can be read without the other.
 * d. No `new Date()` without an argument: the time comes from the injectable Clock, which tests set.
 *    (`new Date(value)` is fine; libraries may read the system time, services may not.)
 * e. No cast of configuration: no `as XConfig` (a type naming a …Config), and no `as unknown as` of an expression
 *    that mentions config. ServiceRuntime<XConfig> and the service's config token give the type.
 * f. A migration (a file under src/migrations/) imports nothing from @nrm/ and nothing outside its migrations folder:
 *    a shipped migration never changes when a library or a feature does.
 * In services/, libs/, infra/ and bench/ (.ts and .mjs, this file excepted):
 * g. No pointer at a document outside the repository (DOMAIN.md, API.md, STACK.md, STYLE.md, ../shared) nor at an
 *    issue number ("issue 3", "issue #3"): comments point at docs/ instead.
 * In libs/*\/src (tests left out):
 * h. Only the composition library (service-kit) and the test harness import @nrm/service-kit or @nrm/testing; the
 *    other libraries sit below them (the Nx tags in eslint.config.mjs say the same).
 */

const ROOT = resolve(__dirname, '../../..');
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git', '.nx', '.data', 'coverage']);

interface Offence {
  file: string;
  line: number;
  what: string;
}

const show = (offence: Offence): string => `${offence.file}:${offence.line}: ${offence.what}`;

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, extensions));
    else if (extensions.some((extension) => entry.name.endsWith(extension))) found.push(path);
  }
  return found.sort();
}

/** Repository-relative, with forward slashes, as the messages print it. */
const relativePath = (path: string): string => relative(ROOT, path).split(sep).join('/');

const isTest = (path: string): boolean => /\.(spec|int-spec|e2e-spec)\.ts$/.test(path) || /(^|\/)(test|tests|__tests__)\//.test(path);

function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

/** Every module specifier of a file: imports, export-from, import-equals, import() and require(). */
function moduleReferences(source: ts.SourceFile): Array<{ specifier: string; node: ts.Node; typeOnly: boolean }> {
  const found: Array<{ specifier: string; node: ts.Node; typeOnly: boolean }> = [];
  visit(source, (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, node, typeOnly: node.importClause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, node, typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push({ specifier: expression.text, node, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) found.push({ specifier: (node.arguments[0] as ts.StringLiteralLike).text, node, typeOnly: false });
    }
  });
  return found;
}

/** The names an import declaration brings in as values (not `import type`, not `{ type X }`). */
function valueImports(declaration: ts.ImportDeclaration): string[] {
  const clause = declaration.importClause;
  if (!clause || clause.isTypeOnly) return [];
  const names: string[] = [];
  if (clause.name) names.push(clause.name.text);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
  }
  return names;
}

function allImports(declaration: ts.ImportDeclaration): string[] {
  const bindings = declaration.importClause?.namedBindings;
  return bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => (element.propertyName ?? element.name).text) : [];
}

const TYPEORM_DATA_ACCESS = new Set([
  'DataSource',
  'Connection',
  'EntityManager',
  'Repository',
  'TreeRepository',
  'MongoRepository',
  'QueryRunner',
  'SelectQueryBuilder',
  'QueryBuilder',
  'getRepository',
  'getManager',
  'getConnection',
  'createQueryBuilder',
]);
const NEST_TYPEORM_DATA_ACCESS = new Set([
  'InjectDataSource',
  'InjectConnection',
  'InjectEntityManager',
  'InjectRepository',
  'getDataSourceToken',
  'getEntityManagerToken',
  'getRepositoryToken',
]);
const DATA_ACCESS_METHODS = new Set(['query', 'createQueryBuilder', 'getRepository', 'createQueryRunner']);
const DATA_ACCESS_TYPES = new Set(['DataSource', 'Connection', 'EntityManager', 'Repository', 'TreeRepository', 'QueryRunner', 'SelectQueryBuilder']);

function typeNames(type: ts.TypeNode | undefined): string[] {
  if (!type) return [];
  const names: string[] = [];
  visit(type, (node) => {
    if (ts.isTypeReferenceNode(node)) names.push(ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text);
  });
  return names;
}

/** Parameters, properties and variables declared with a TypeORM data-access type, with where they are declared. */
function dataAccessDeclarations(source: ts.SourceFile): Array<{ name: string; node: ts.Node; type: string }> {
  const found: Array<{ name: string; node: ts.Node; type: string }> = [];
  visit(source, (node) => {
    if ((ts.isParameter(node) || ts.isPropertyDeclaration(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name)) {
      const type = typeNames(node.type).find((name) => DATA_ACCESS_TYPES.has(name));
      if (type) found.push({ name: node.name.text, node, type });
    }
  });
  return found;
}

/** Exported functions of the libraries that take a data-access parameter: calling one runs SQL. */
function libraryDataAccessFunctions(): Set<string> {
  const names = new Set<string>();
  const takesDataAccess = (parameters: ts.NodeArray<ts.ParameterDeclaration>) =>
    parameters.some((parameter) => typeNames(parameter.type).some((name) => DATA_ACCESS_TYPES.has(name)));
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const path of filesUnder(join(ROOT, 'libs'), ['.ts']).filter((file) => !isTest(relativePath(file)) && !relativePath(file).startsWith('libs/testing/'))) {
    const source = parse(path, readFileSync(path, 'utf8'));
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name && exported(statement) && takesDataAccess(statement.parameters)) names.add(statement.name.text);
      if (ts.isVariableStatement(statement) && exported(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const value = declaration.initializer;
          if (ts.isIdentifier(declaration.name) && value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) && takesDataAccess(value.parameters)) {
            names.add(declaration.name.text);
          }
        }
      }
    }
  }
  return names;
}

export function dataAccessOutsideRepository(file: string, text: string, sqlFunctions: ReadonlySet<string> = new Set()): Offence[] {
  if (file.endsWith('.repository.ts') || /\/src\/(migrations|seeds?)\//.test(file)) return [];
  const source = parse(file, text);
  const offences: Offence[] = [];
  const add = (node: ts.Node, what: string) => offences.push({ file, line: lineOf(source, node), what });
  const holders = new Set(dataAccessDeclarations(source).map((declaration) => declaration.name));
  visit(source, (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      const banned = from === 'typeorm' ? TYPEORM_DATA_ACCESS : from === '@nestjs/typeorm' ? NEST_TYPEORM_DATA_ACCESS : undefined;
      const names = banned ? valueImports(node).filter((name) => banned.has(name)) : [];
      if (names.length > 0) add(node, `imports ${names.join(', ')} from '${from}' as a value`);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && sqlFunctions.has(node.expression.text)) {
      add(node, `calls ${node.expression.text}(), which runs SQL`);
    } else if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      const isCall = ts.isCallExpression(node.parent) && node.parent.expression === node;
      const receiver = node.expression;
      const receiverName = ts.isIdentifier(receiver)
        ? receiver.text
        : ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword
          ? receiver.name.text
          : undefined;
      if (isCall && DATA_ACCESS_METHODS.has(name)) add(node, `calls .${name}()`);
      else if (name === 'manager') add(node, 'reads .manager');
      // `this.dataSource.transaction(…)`, `manager.insert(…)`: the file works the database itself.
      else if (receiverName !== undefined && holders.has(receiverName)) add(node, `uses ${receiverName}.${name}`);
    }
  });
  return dedupe(offences);
}

export function resolverHoldingDataAccess(file: string, text: string): Offence[] {
  if (!file.endsWith('.resolver.ts')) return [];
  const source = parse(file, text);
  const offences: Offence[] = [];
  visit(source, (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      const banned = from === 'typeorm' ? TYPEORM_DATA_ACCESS : from === '@nestjs/typeorm' ? NEST_TYPEORM_DATA_ACCESS : undefined;
      const names = banned ? allImports(node).filter((name) => banned.has(name)) : [];
      if (names.length > 0) offences.push({ file, line: lineOf(source, node), what: `imports ${names.join(', ')} from '${from}'` });
    }
  });
  for (const declaration of dataAccessDeclarations(source)) {
    offences.push({ file, line: lineOf(source, declaration.node), what: `holds ${declaration.name}: ${declaration.type}` });
  }
  return dedupe(offences);
}

export function bareNewDate(file: string, text: string): Offence[] {
  const source = parse(file, text);
  const offences: Offence[] = [];
  visit(source, (node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      offences.push({ file, line: lineOf(source, node), what: 'new Date() reads the system time: use the injected Clock' });
    }
  });
  return offences;
}

export function configCasts(file: string, text: string): Offence[] {
  const source = parse(file, text);
  const offences: Offence[] = [];
  visit(source, (node) => {
    if (!ts.isAsExpression(node) && !ts.isTypeAssertionExpression(node)) return;
    const configType = typeNames(node.type).find((name) => /Config$/.test(name));
    const inner = node.expression;
    const throughUnknown =
      ts.isAsExpression(inner) && inner.type.kind === ts.SyntaxKind.UnknownKeyword && (configType !== undefined || /config/i.test(inner.expression.getText(source)));
    if (configType) offences.push({ file, line: lineOf(source, node), what: `casts to ${configType}` });
    else if (throughUnknown) offences.push({ file, line: lineOf(source, node), what: 'casts configuration through unknown' });
  });
  return offences;
}

/** `migrationsFolder` is the absolute path of the service's src/migrations. */
export function migrationImports(file: string, text: string, migrationsFolder: string): Offence[] {
  const source = parse(file, text);
  const offences: Offence[] = [];
  for (const reference of moduleReferences(source)) {
    const { specifier } = reference;
    if (specifier.startsWith('@nrm/')) {
      offences.push({ file: relativePath(file), line: lineOf(source, reference.node), what: `imports library code '${specifier}'` });
    } else if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      if (target !== migrationsFolder && !target.startsWith(migrationsFolder + sep)) {
        offences.push({ file: relativePath(file), line: lineOf(source, reference.node), what: `imports '${specifier}' from outside its migrations folder` });
      }
    }
  }
  return offences;
}

const OUTSIDE_DOCUMENT = /\b(?:DOMAIN|API|STACK|STYLE)\.md\b|\.\.\/shared\b/;
const ISSUE_NUMBER = /\bissues?\s*#\s*\d+|\bissues?\s+\d+\b/i;

export function outsidePointers(file: string, text: string): Offence[] {
  const offences: Offence[] = [];
  text.split('\n').forEach((content, index) => {
    const match = OUTSIDE_DOCUMENT.exec(content) ?? ISSUE_NUMBER.exec(content);
    if (match) offences.push({ file, line: index + 1, what: `points at "${match[0]}", outside the repository` });
  });
  return offences;
}

function dedupe(offences: Offence[]): Offence[] {
  const seen = new Map<string, Offence>();
  for (const offence of offences) {
    const key = `${offence.file}:${offence.line}`;
    const known = seen.get(key);
    if (known) {
      if (!known.what.includes(offence.what)) known.what += `; ${offence.what}`;
    } else seen.set(key, { ...offence });
  }
  return [...seen.values()];
}

interface FolderEdge {
  from: string;
  to: string;
  where: Offence;
}

/** The imports between the feature folders (direct sub-folders) of one service's src. */
function folderEdges(srcFolder: string): FolderEdge[] {
  const edges: FolderEdge[] = [];
  const topFolder = (path: string): string | undefined => {
    const parts = relative(srcFolder, path).split(sep);
    return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
  };
  for (const path of filesUnder(srcFolder, ['.ts']).filter((file) => !isTest(relativePath(file)))) {
    const from = topFolder(path);
    if (!from) continue;
    const source = parse(path, readFileSync(path, 'utf8'));
    for (const reference of moduleReferences(source)) {
      if (!reference.specifier.startsWith('.')) continue;
      const to = topFolder(resolve(dirname(path), reference.specifier));
      if (to && to !== from) {
        edges.push({ from, to, where: { file: relativePath(path), line: lineOf(source, reference.node), what: `${from} → ${to} ('${reference.specifier}')` } });
      }
    }
  }
  return edges;
}

/** Strongly connected components of more than one folder (Tarjan), each with one shortest cycle through it. */
export function folderCycles(edges: readonly FolderEdge[]): Array<{ cycle: string[]; imports: Offence[] }> {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!next.has(edge.from)) next.set(edge.from, new Set());
    if (!next.has(edge.to)) next.set(edge.to, new Set());
    next.get(edge.from)!.add(edge.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of [...next.get(node)!].sort()) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) connect(node);

  return components.map((component) => {
    const members = new Set(component);
    // Shortest path back to the first member, by breadth-first search inside the component.
    const start = component[0]!;
    const cameFrom = new Map<string, string>();
    const queue = [start];
    let closing: string | undefined;
    while (queue.length > 0 && closing === undefined) {
      const node = queue.shift()!;
      for (const target of [...next.get(node)!].sort()) {
        if (!members.has(target)) continue;
        if (target === start) {
          closing = node;
          break;
        }
        if (!cameFrom.has(target)) {
          cameFrom.set(target, node);
          queue.push(target);
        }
      }
    }
    const cycle = [start];
    for (let node = closing; node !== undefined && node !== start; node = cameFrom.get(node)) cycle.splice(1, 0, node);
    cycle.push(start);
    const imports = edges.filter((edge) => members.has(edge.from) && members.has(edge.to)).map((edge) => edge.where);
    return { cycle, imports };
  });
}

// The portal (services/portal) is a browser application: no Nest modules, SQL, Clock or config there.
const services = readdirSync(join(ROOT, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'portal' && existsSync(join(ROOT, 'services', entry.name, 'src')))
  .map((entry) => entry.name)
  .sort();

/** services/<name>/src/**\/*.ts without tests, repository-relative, with their text. */
function serviceSources(): Array<{ file: string; text: string; service: string }> {
  return services.flatMap((service) =>
    filesUnder(join(ROOT, 'services', service, 'src'), ['.ts'])
      .map((path) => ({ file: relativePath(path), text: readFileSync(path, 'utf8'), service }))
      .filter(({ file }) => !isTest(file)),
  );
}

function expectNone(rule: string, offences: readonly Offence[]): void {
  if (offences.length === 0) return;
  const files = new Set(offences.map((offence) => offence.file)).size;
  throw new Error(`${rule}: ${offences.length} offence(s) in ${files} file(s)\n${offences.map(show).join('\n')}`);
}

describe('the architecture of the services and libraries', () => {
  const sources = serviceSources();

  it('a. keeps SQL and TypeORM data access in *.repository.ts files', () => {
    const sqlFunctions = libraryDataAccessFunctions();
    expect([...sqlFunctions]).toEqual(expect.arrayContaining(['queryPrepared', 'keysetPage', 'exportRows']));
    expectNone('Data access outside a repository', sources.flatMap(({ file, text }) => dataAccessOutsideRepository(file, text, sqlFunctions)));
  });

  it('b. lets no resolver hold a DataSource, EntityManager, Repository or QueryRunner', () => {
    expectNone('Resolver holding data access', sources.flatMap(({ file, text }) => resolverHoldingDataAccess(file, text)));
  });

  it("c. keeps the feature folders of each service's src free of import cycles", () => {
    const lines: string[] = [];
    let cycles = 0;
    for (const service of services) {
      for (const { cycle, imports } of folderCycles(folderEdges(join(ROOT, 'services', service, 'src')))) {
        cycles += 1;
        lines.push(`services/${service}/src: ${cycle.join(' → ')}; the imports between its folders:`, ...imports.map((where) => `  ${show(where)}`));
      }
    }
    if (cycles > 0) throw new Error(`Feature folder cycles: ${cycles} group(s) of folders importing each other in a cycle\n${lines.join('\n')}`);
  });

  it('d. reads the time from the Clock, never with a bare new Date(), in service code', () => {
    expectNone('Bare new Date()', sources.flatMap(({ file, text }) => bareNewDate(file, text)));
  });

  it('e. types configuration without casts', () => {
    expectNone('Configuration casts', sources.flatMap(({ file, text }) => configCasts(file, text)));
  });

  it('f. keeps every migration self-contained: no library code, nothing outside its migrations folder', () => {
    const offences = services.flatMap((service) => {
      const folder = join(ROOT, 'services', service, 'src', 'migrations');
      return filesUnder(folder, ['.ts'])
        .filter((path) => !isTest(relativePath(path)))
        .flatMap((path) => migrationImports(path, readFileSync(path, 'utf8'), folder));
    });
    expectNone('Migrations importing code outside them', offences);
  });

  it('g. points comments and strings at docs/, never at documents outside the repository or issue numbers', () => {
    const offences = ['services', 'libs', 'infra', 'bench']
      .flatMap((folder) => filesUnder(join(ROOT, folder), ['.ts', '.mjs']))
      .filter((path) => path !== __filename)
      .flatMap((path) => outsidePointers(relativePath(path), readFileSync(path, 'utf8')));
    expectNone('Pointers outside the repository', offences);
  });

  it('h. lets only service-kit and the test harness import @nrm/service-kit or @nrm/testing', () => {
    const offences = readdirSync(join(ROOT, 'libs'))
      .filter((lib) => lib !== 'service-kit' && lib !== 'testing')
      .flatMap((lib) => filesUnder(join(ROOT, 'libs', lib, 'src'), ['.ts']))
      .filter((path) => !isTest(relativePath(path)))
      .flatMap((path) => {
        const source = parse(path, readFileSync(path, 'utf8'));
        return moduleReferences(source)
          .filter(({ specifier }) => specifier === '@nrm/service-kit' || specifier === '@nrm/testing')
          .map(({ specifier, node }) => ({ file: relativePath(path), line: lineOf(source, node), what: `imports ${specifier}` }));
      });
    expectNone('Libraries reaching up into the composition', offences);
  });
});

describe('the architecture rules themselves', () => {
  const service = 'services/example/src/cases';

  it('a. flags injected and queried data access, and leaves repositories, type-only transactions and entities alone', () => {
    const feature = [
      "import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';",
      'export class CaseService {',
      '  constructor(private readonly dataSource: DataSource) {}',
      '  open(manager: EntityManager) { return this.repository.insert(manager, 1); }',
      '  count() { return this.dataSource.query(`SELECT 1`); }',
      '  run(manager: EntityManager) { return manager.insert(Row, {}); }',
      '  both() { return this.dataSource.manager; }',
      '}',
    ].join('\n');
    expect(dataAccessOutsideRepository(`${service}/case.service.ts`, feature).map((offence) => offence.line)).toEqual([1, 5, 6, 7]);
    expect(dataAccessOutsideRepository(`${service}/case.repository.ts`, feature)).toEqual([]);
    expect(dataAccessOutsideRepository('services/example/src/migrations/1-initial.ts', feature)).toEqual([]);
    expect(dataAccessOutsideRepository('services/example/src/seed/seed.ts', feature)).toEqual([]);

    const passThrough = [
      "import type { EntityManager } from 'typeorm';",
      "import { Column, Entity, QueryFailedError } from 'typeorm';",
      'export class CaseHandler {',
      '  handle(event: unknown, manager: EntityManager) { return this.cases.open(manager, event); }',
      '  isConflict(error: unknown) { return error instanceof QueryFailedError; }',
      '}',
    ].join('\n');
    expect(dataAccessOutsideRepository(`${service}/case.handler.ts`, passThrough)).toEqual([]);
    expect(dataAccessOutsideRepository(`${service}/case.module.ts`, "import { InjectRepository } from '@nestjs/typeorm';")).toHaveLength(1);
    const helper = 'export async function load(manager: EntityManager) {\n  return queryPrepared(manager, FACTS, []);\n}';
    expect(dataAccessOutsideRepository(`${service}/case-facts.ts`, helper, new Set(['queryPrepared'])).map((offence) => offence.line)).toEqual([2]);
  });

  it('b. flags a resolver that imports or holds a DataSource, even as a type, and not one that calls a service', () => {
    const holding = ["import type { DataSource } from 'typeorm';", 'export class CaseResolver {', '  constructor(private readonly db: DataSource) {}', '}'].join('\n');
    expect(resolverHoldingDataAccess(`${service}/case.resolver.ts`, holding).map((offence) => offence.line)).toEqual([1, 3]);
    const clean = 'export class CaseResolver {\n  constructor(private readonly cases: CaseService) {}\n}';
    expect(resolverHoldingDataAccess(`${service}/case.resolver.ts`, clean)).toEqual([]);
  });

  it('c. names the folders of a cycle and the imports that close it, and accepts a chain', () => {
    const at = (line: number): Offence => ({ file: 'x.ts', line, what: '' });
    const cycles = folderCycles([
      { from: 'access', to: 'person', where: at(1) },
      { from: 'person', to: 'consent', where: at(2) },
      { from: 'consent', to: 'access', where: at(3) },
      { from: 'person', to: 'directory', where: at(4) },
    ]);
    expect(cycles.map(({ cycle }) => cycle)).toEqual([['access', 'person', 'consent', 'access']]);
    expect(cycles[0]!.imports.map((where) => where.line)).toEqual([1, 2, 3]);
    expect(folderCycles([{ from: 'a', to: 'b', where: at(1) }, { from: 'b', to: 'c', where: at(2) }])).toEqual([]);
  });

  it('d. flags new Date() and not new Date(value)', () => {
    const text = 'const now = new Date();\nconst then = new Date(row.at);\nconst also = new Date;';
    expect(bareNewDate('x.ts', text).map((offence) => offence.line)).toEqual([1, 3]);
  });

  it('e. flags casts to a configuration type and through unknown, not other casts', () => {
    const text = [
      'const a = runtime.config as SheltersConfig;',
      'const b = runtime.config as unknown as Record<string, string>;',
      'const c = value as string;',
      'const d = <Partial<ReferralConfig>>raw;',
      'const e = payload as unknown as EventEnvelope;',
    ].join('\n');
    expect(configCasts('x.ts', text).map((offence) => offence.line)).toEqual([1, 2, 4]);
  });

  it('f. flags a migration importing a library or a feature, not one importing typeorm or a sibling', () => {
    const folder = resolve(ROOT, 'services/example/src/migrations');
    const text = [
      "import type { MigrationInterface } from 'typeorm';",
      "import { outboxInboxUpSql } from '@nrm/events';",
      "import { CASE_TABLE } from '../cases/case.sql';",
      "import { previous } from './1-initial';",
    ].join('\n');
    expect(migrationImports(join(folder, '2-next.ts'), text, folder).map((offence) => offence.line)).toEqual([2, 3]);
  });

  it('g. flags outside documents and issue numbers, not docs/api.md', () => {
    const text = [
      '// See DOMAIN.md §3.',
      '// See docs/domain.md §3 and docs/api.md (Errors).',
      '// Added for issue 3.',
      '// Fixes issue #12.',
      '/* see ../shared/notes */',
      "const tissue = 'tissue 4 is not an issue';",
    ].join('\n');
    expect(outsidePointers('x.ts', text).map((offence) => offence.line)).toEqual([1, 3, 4, 5]);
  });
});
