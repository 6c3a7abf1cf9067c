export { startStack, type GraphQLResponseError, type GraphQLResult, type Stack, type StartStackOptions } from './stack';
export { startSubgraph, passwordGrant, type RestResult, type StartSubgraphOptions, type SubgraphResult, type SubgraphUnderTest } from './subgraph';
export { startBuiltService, type BuiltService, type BuiltServiceOptions } from './built-service';
export { waitFor, type WaitForOptions } from './wait-for';
export { freePorts } from './ports';
export { serviceList, subgraphUrlVariable, internalUrlVariable, REPOSITORY_ROOT, type ServiceEntry, type ServiceList } from './service-list';
export { startPrivateRedis, type PrivateRedis, type PrivateRedisOptions } from './redis-server';
export { eventKeyEnv, runEventKeys, type RunEventKey } from './run-event-keys';
export { testEventSigner, testEventVerifier } from './event-keys';
