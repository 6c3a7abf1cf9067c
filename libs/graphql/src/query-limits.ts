import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ApiErrorCode } from './errors';

/** A refused query is the caller's fault: BAD_USER_INPUT on `query`, HTTP 400. */
function refusal(message: string, nodes?: ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: ApiErrorCode.BAD_USER_INPUT, fields: ['query'], http: { status: 400 } },
  });
}

/**
 * Refuses operations nested deeper than `maxDepth` fields. Introspection fields (`__schema`, `__type`) are not
 * counted: tools' introspection queries are deep by design, and introspection is off in production anyway.
 * Runs as a validation rule, so Apollo checks each distinct document once and caches the verdict.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const depth = selectionDepth(operation.selectionSet, context, new Set(), maxDepth + 1);
      if (depth > maxDepth) {
        context.reportError(refusal(`Query depth exceeds the limit of ${maxDepth}`, [operation]));
      }
    },
  });
}

function selectionDepth(selectionSet: SelectionSetNode, context: ValidationContext, visiting: Set<string>, cutoff: number): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      depth = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, context, visiting, cutoff - 1) : 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, context, visiting, cutoff);
    } else {
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; do not recurse forever here.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      depth = selectionDepth(fragment.selectionSet, context, visiting, cutoff);
      visiting.delete(name);
    }
    deepest = Math.max(deepest, depth);
    // Past the limit the exact depth does not matter; stop walking a hostile document.
    if (deepest >= cutoff) return deepest;
  }
  return deepest;
}

interface SelectionCounts {
  aliases: number;
  directives: number;
}

/**
 * Refuses operations with more than `maxAliases` aliased fields or `maxDirectives` directives, counted through every
 * fragment spread (a fragment spread twice counts twice): aliases multiply the work of one field without deepening
 * the query, so neither depth nor a per-field cost bounds them. Each fragment is counted once and remembered, so a
 * hostile document of nested spreads costs linear time.
 */
export function aliasLimitRule(maxAliases: number, maxDirectives: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, SelectionCounts>();
    const countFragment = (name: string, visiting: Set<string>): SelectionCounts => {
      const known = fragments.get(name);
      if (known) return known;
      const fragment = context.getFragment(name);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) return { aliases: 0, directives: 0 };
      visiting.add(name);
      const counts = countSelections(fragment.selectionSet, visiting);
      visiting.delete(name);
      fragments.set(name, counts);
      return counts;
    };
    const countSelections = (selectionSet: SelectionSetNode, visiting: Set<string>): SelectionCounts => {
      const total: SelectionCounts = { aliases: 0, directives: 0 };
      for (const selection of selectionSet.selections) {
        total.directives += selection.directives?.length ?? 0;
        let nested: SelectionCounts | undefined;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) total.aliases += 1;
          if (selection.selectionSet) nested = countSelections(selection.selectionSet, visiting);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          nested = countSelections(selection.selectionSet, visiting);
        } else {
          nested = countFragment(selection.name.value, visiting);
        }
        if (nested) {
          total.aliases += nested.aliases;
          total.directives += nested.directives;
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const counts = countSelections(operation.selectionSet, new Set());
        counts.directives += operation.directives?.length ?? 0;
        if (counts.aliases > maxAliases) {
          context.reportError(refusal(`Query uses ${counts.aliases} aliases, more than the limit of ${maxAliases}`, [operation]));
        }
        if (counts.directives > maxDirectives) {
          context.reportError(refusal(`Query uses ${counts.directives} directives, more than the limit of ${maxDirectives}`, [operation]));
        }
      },
    };
  };
}

/** A field with a page size (`first`/`last`) costs its children once per requested item. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageSize = [args['first'], args['last']].find((value): value is number => typeof value === 'number' && value > 0);
  return pageSize === undefined ? undefined : 1 + pageSize * Math.max(childComplexity, 1);
};

const ESTIMATORS = [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * Throws BAD_USER_INPUT when the operation's estimated cost exceeds `maxComplexity` (every field costs 1, page
 * sizes multiply). Returns the cost, or undefined when the variables are invalid: execution then reports them with
 * the field at fault, which is more useful than a refusal here.
 */
export function assertComplexityWithin(
  maxComplexity: number,
  operation: { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown>; operationName?: string | null },
): number | undefined {
  let complexity: number;
  try {
    complexity = getComplexity({
      schema: operation.schema,
      query: operation.document,
      variables: operation.variables ?? {},
      operationName: operation.operationName ?? undefined,
      estimators: ESTIMATORS,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) throw refusal('Query has too many fields');
    return undefined;
  }
  if (complexity > maxComplexity) throw refusal(`Query complexity ${complexity} exceeds the limit of ${maxComplexity}`);
  return complexity;
}

/**
 * Whether the cost can differ between requests of the same document, which every variable can change (a page size, and also
 * `@skip(if: $v)` / `@include(if: $v)`, which decide which fields run at all).
 */
function costDependsOnVariables(document: DocumentNode): boolean {
  return document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && (definition.variableDefinitions?.length ?? 0) > 0);
}

/**
 * Checked per request once the operation is resolved. Apollo reuses the parsed document of a known query, so the
 * cost of a document whose page sizes are literals is computed once and remembered with it.
 */
export function complexityLimitPlugin<TContext extends BaseContext>(maxComplexity: number): ApolloServerPlugin<TContext> {
  const known = new WeakMap<DocumentNode, { variableCost: boolean; costs: Map<string, number | undefined> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const operation = { schema, document, variables: request.variables, operationName };
          let entry = known.get(document);
          if (!entry) {
            entry = { variableCost: costDependsOnVariables(document), costs: new Map() };
            known.set(document, entry);
          }
          if (entry.variableCost) {
            assertComplexityWithin(maxComplexity, operation);
            return;
          }
          const key = operationName ?? '';
          if (entry.costs.has(key)) return;
          const cost = assertComplexityWithin(maxComplexity, operation);
          // No cost (the operation could not be measured) is never remembered: the next request is measured again.
          if (cost !== undefined) entry.costs.set(key, cost);
        },
      };
    },
  };
}
