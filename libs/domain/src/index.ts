export * from './roles';
export * from './enums';
export * from './age';
