export * from './contracts';
export * from './event-signing';
export * from './outbox.sql';
export * from './outbox-writer';
export * from './outbox-relay';
export * from './event-consumer';
export * from './redis-acl';
export * from './job-queues';
