export * from './config';
export * from './event-keys';
