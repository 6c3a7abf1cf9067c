import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule, formatApiError, internalErrorCorrelationPlugin } from '@nrm/graphql';
import type { ServiceRuntime } from './runtime';

/** What every resolver's context holds: the Express request, with its correlation id (correlateRequest). */
interface SubgraphContext {
  req?: Request & { correlationId?: string };
}

interface SubgraphOptions {
  runtime: ServiceRuntime;
  /** Types only referenced from other subgraphs (docs/architecture.md, "Federation: a static supergraph"). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
}

/** A code-first Apollo Federation 2 subgraph with the platform's error shaping and no stack traces. */
export function subgraphModule(options: SubgraphOptions): DynamicModule {
  const { config } = options.runtime;
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    playground: false,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // A subgraph's port is reachable without the gateway: it bounds queries itself (limits from configuration).
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES, config.GRAPHQL_MAX_DIRECTIVES)],
    plugins: [
      // Traces are not shipped anywhere; computing them costs every request.
      ApolloServerPluginInlineTraceDisabled(),
      complexityLimitPlugin(config.GRAPHQL_MAX_COMPLEXITY),
      internalErrorCorrelationPlugin<SubgraphContext>((context) => context.req?.correlationId),
    ],
    context: ({ req }: { req: Request }) => ({ req }),
    // The global AuthGuard also runs before every field and reference resolver (`_entities` is an entry point too), and
    // the global filters see what it refuses there, so the audit trail records those denials as well.
    fieldResolverEnhancers: ['guards', 'filters'],
    formatError: (formatted, error) => formatApiError(formatted, error),
    buildSchemaOptions: { orphanedTypes: options.orphanedTypes ?? [], dateScalarMode: 'isoDate', noDuplicatedFields: true },
  });
}
