import './enums';
export * from './errors';
export * from './format-error';
export * from './connection';
export * from './scalars';
export * from './validation.pipe';
export * from './query-limits';
export * from './http-application';
