// One Jest config, three projects: unit (no I/O), integration (one service in-process against real
// PostgreSQL and Redis), e2e (every service built and spawned, driven through the gateway with real tokens).
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@nrm/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
};
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  // jose 6 is ESM-only; let swc turn it into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(jose|oidc-provider)/)'],
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{services,libs,infra}/**/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest-timeout.integration.ts'],
      testMatch: ['<rootDir>/{services,libs,infra}/**/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      // Jest reads testTimeout only from the root config, not from a project: each project sets its own default here.
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest-timeout.e2e.ts'],
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts', '<rootDir>/services/gateway/test/**/*.e2e-spec.ts', '<rootDir>/services/portal/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/e2e-global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/e2e-global-teardown.ts',
    },
  ],
};
