import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayableFailureReason, JobFailure, jobQueuesOf, PERIODIC_JOB_QUEUES, safeFailureReason } from './job-queues';
import { ServiceName } from './contracts';
import { redisAclUser } from './redis-acl';

const ROOT = join(__dirname, '..', '..', '..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('job queues', () => {
  it.each(Object.values(ServiceName))("lists only queues %s's Redis user reaches", (service) => {
    const acl = redisAclUser(service, 'pw');
    for (const queue of jobQueuesOf(service)) {
      const reachable = acl.includes(`~bull:${queue.name}:*`) || (queue.name.startsWith(`${service}.`) && acl.includes(`~bull:${service}.*`));
      expect([queue.name, reachable]).toEqual([queue.name, true]);
    }
  });

  it('names every periodic queue <service>.<job>', () => {
    for (const [service, queues] of Object.entries(PERIODIC_JOB_QUEUES)) {
      for (const queue of Object.values(queues as Record<string, string>)) expect(queue.startsWith(`${service}.`)).toBe(true);
    }
  });

  it('leaves BullMQ to the libraries: a service schedules periodic jobs through RepeatingJob only (one schedule across replicas)', () => {
    const services = join(ROOT, 'services');
    const offenders = readdirSync(services)
      .filter((service) => service !== 'portal' && statSync(join(services, service, 'src'), { throwIfNoEntry: false })?.isDirectory())
      .flatMap((service) => sourcesUnder(join(services, service, 'src')))
      .filter((file) => /from 'bullmq'|upsertJobScheduler|\brepeat:/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('failed reasons', () => {
  it('keep the name and a code-like code, never the message', () => {
    expect(safeFailureReason(new TypeError('Jane Doe'))).toBe('TypeError');
    expect(safeFailureReason(Object.assign(new Error('duplicate key (name)=(Jane)'), { name: 'QueryFailedError', code: '23505' }))).toBe('QueryFailedError 23505');
    expect(safeFailureReason(Object.assign(new Error('x'), { code: 'Jane Doe' }))).toBe('Error');
    expect(safeFailureReason('a string')).toBe('unknown');
    expect(new JobFailure(new RangeError('Jane')).message).toBe('RangeError');
  });

  it('show a stored reason only when it looks like one', () => {
    expect(displayableFailureReason('job stalled more than allowable limit')).toBe('job stalled more than allowable limit');
    expect(displayableFailureReason('could not place "Jane", born 1990')).toBe('unknown');
    expect(displayableFailureReason(undefined)).toBe('unknown');
  });
});
