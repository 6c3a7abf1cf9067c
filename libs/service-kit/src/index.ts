export * from './runtime';
export * from './health.controller';
export * from './messaging';
export * from './service-kit.module';
export * from './graphql';
export * from './run-service';
export * from './internal-rest';
export * from './person-export';
