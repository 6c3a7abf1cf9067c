export { startStack, type GraphQLResponseError, type GraphQLResult, type Stack, type StartStackOptions } from './stack';
export { startSubgraph, passwordGrant, type StartSubgraphOptions, type SubgraphResult, type SubgraphUnderTest } from './subgraph';
export { waitFor, type WaitForOptions } from './wait-for';
export { freePorts } from './ports';
export { serviceList, subgraphUrlVariable, REPOSITORY_ROOT, type ServiceEntry, type ServiceList } from './service-list';
