export * from './data-source';
export * from './app-role.sql';
export * from './prepared-query';
export * from './keyset-page';
