import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule, formatApiError } from '@nrm/graphql';
import type { ServiceRuntime } from './runtime';

export interface SubgraphOptions {
  runtime: ServiceRuntime;
  /** Types only referenced from other subgraphs (STACK.md trap 4). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
}

/** A code-first Apollo Federation 2 subgraph with the platform's error shaping and no stack traces. */
export function subgraphModule(options: SubgraphOptions): DynamicModule {
  const { config } = options.runtime;
  const development = config.NODE_ENV === 'development';
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
    // Traces are not shipped anywhere; computing them costs every request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), complexityLimitPlugin(config.GRAPHQL_MAX_COMPLEXITY)],
    context: ({ req }: { req: Request }) => ({ req }),
    // The global AuthGuard also runs before every field and reference resolver (`_entities` is an entry point too).
    fieldResolverEnhancers: ['guards'],
    formatError: (formatted, error) => formatApiError(formatted, error, { exposeInternalMessages: development }),
    buildSchemaOptions: { orphanedTypes: options.orphanedTypes ?? [], dateScalarMode: 'isoDate', noDuplicatedFields: true },
  });
}
