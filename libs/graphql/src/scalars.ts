import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/** `Date` (YYYY-MM-DD) and `DateTime` (ISO 8601, UTC) as every subgraph names them, from graphql-scalars. */
export const GraphQLDate = DateResolver;
export const GraphQLDateTime = DateTimeResolver;
