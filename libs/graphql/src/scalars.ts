import { DateResolver } from 'graphql-scalars';

/** `Date` (YYYY-MM-DD) as every subgraph names it, from graphql-scalars. */
export const GraphQLDate = DateResolver;
