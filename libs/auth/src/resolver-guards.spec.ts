import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Walks every resolver of every service and fails the build if a root operation or entity resolver carries no
// role declaration: deny by default must be visible in the code, not only enforced at run time.
const ROOT = join(__dirname, '..', '..', '..');
const OPERATION_DECORATORS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveReference']);
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

  it('declares the allowed roles on every query, mutation, subscription and entity resolver', () => {
    const unguarded = operations.filter((operation) => !operation.guarded).map((o) => `${o.file} ${o.className}.${o.method} (@${o.operation})`);
    expect(unguarded).toEqual([]);
  });

  it('never marks a resolver public', () => {
    expect(operations.filter((operation) => operation.publicEndpoint)).toEqual([]);
  });
});
