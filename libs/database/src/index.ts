export * from './data-source';
export * from './app-role.sql';
