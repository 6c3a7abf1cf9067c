// A whole stack shares 2 cores with the test: a test's own work can take far longer than Jest's 5 s default.
jest.setTimeout(60_000);
