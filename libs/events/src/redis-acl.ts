import { EVENT_PRODUCERS, EVENT_SUBSCRIBERS, type EventType, deadLetterQueueName, eventQueueName, eventTypesConsumedBy, ServiceName } from './contracts';

/** BullMQ keeps every key of a queue under `bull:<queue name>:`. */
const queueKeys = (queue: string): string => `~bull:${queue}:*`;

/**
 * The queues a service's Redis user may touch: its own event queue and dead-letter queue when it consumes, and the
 * queues of the subscribers of the events it publishes. Nothing else, so a service's Redis password cannot put jobs
 * in a queue it has no business with (what it can put in its own is refused by the signature check).
 */
export function redisQueuesOf(service: ServiceName): string[] {
  const published = (Object.keys(EVENT_PRODUCERS) as EventType[]).filter((type) => EVENT_PRODUCERS[type] === service);
  const targets = new Set(published.flatMap((type) => EVENT_SUBSCRIBERS[type]));
  const own = eventTypesConsumedBy(service).length > 0 ? [eventQueueName(service), deadLetterQueueName(service)] : [];
  return [...own, ...[...targets].sort().filter((consumer) => consumer !== service).map(eventQueueName)];
}

/** The keys of every queue named `<service>.<job>`: a service's own periodic jobs. */
const ownJobQueueKeys = (service: ServiceName): string => `~bull:${service}.*`;

/**
 * One ACL user per service: only its queues' keys, no pub/sub channels, every command but the administrative and
 * dangerous ones, plus the few of those BullMQ and ioredis use (INFO for the version and run_id, CLIENT SETNAME).
 */
export function redisAclUser(service: ServiceName, password: string): string {
  // Plus the queues of its own periodic jobs (job schedulers such as `notifications.deadline-sweep`), named
  // `<service>.<job>`: no other service's user reaches them.
  const keys = [...redisQueuesOf(service).map(queueKeys), ownJobQueueKeys(service)];
  return [
    `user ${service} on >${password} resetkeys resetchannels`,
    ...keys,
    '+@all -@admin -@dangerous +info +client|setname',
  ].join(' ');
}

/** A Redis ACL file for the platform: the passwordless default user off, one user per service. */
export function redisAclFile(passwordOf: (service: ServiceName) => string): string {
  return ['user default off', ...Object.values(ServiceName).map((service) => redisAclUser(service, passwordOf(service))), ''].join('\n');
}
