import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceName } from './contracts';
import { redisAclFile, redisAclUser, redisQueuesOf } from './redis-acl';

describe('Redis ACL users', () => {
  it('gives a service its own queue and dead-letter queue and those of the subscribers of what it publishes', () => {
    expect(redisQueuesOf(ServiceName.SHELTERS)).toEqual(['events.shelters', 'events.shelters.dead-letter', 'events.identification', 'events.notifications', 'events.referral', 'events.reporting']);
    expect(redisQueuesOf(ServiceName.NOTIFICATIONS)).toEqual(['events.notifications', 'events.notifications.dead-letter']);
    // Reporting publishes nothing: it reaches its own queues only (docs/statistics.md).
    expect(redisQueuesOf(ServiceName.REPORTING)).toEqual(['events.reporting', 'events.reporting.dead-letter']);
  });

  it('names each queue key pattern, no channels, and no administrative commands', () => {
    const line = redisAclUser(ServiceName.SHELTERS, 'secret');
    expect(line).toMatch(/^user shelters on >secret resetkeys resetchannels /);
    expect(line).toContain('~bull:events.identification:*');
    expect(line).not.toContain('~bull:events.formal-identification:*');
    // The urgent alert on suicide risk (assessment.urgent_finding) goes to notifications; case events to reporting.
    expect(line).toContain('~bull:events.notifications:*');
    expect(line).toContain('~bull:events.reporting:*');
    expect(line).toContain('-@admin -@dangerous');
    // Its own periodic jobs' queues (job schedulers), and no other service's.
    expect(redisAclUser(ServiceName.NOTIFICATIONS, 'secret')).toContain('~bull:notifications.*');
    expect(redisAclUser(ServiceName.NOTIFICATIONS, 'secret')).not.toContain('~bull:identification.*');
  });

  it('matches the committed example, infra/redis/users.acl.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', 'infra', 'redis', 'users.acl.example'), 'utf8');
    expect(example).toBe(redisAclFile((service) => `CHANGE_ME_${service}`));
  });
});
