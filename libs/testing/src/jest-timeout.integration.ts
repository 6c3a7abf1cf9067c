// A subgraph and its peers share 2 cores with the test: allow more than Jest's 5 s default.
jest.setTimeout(30_000);
