import { Controller, Get, HttpCode, Inject, ServiceUnavailableException, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { PublicEndpoint } from '@nrm/auth';
import { REDIS } from './runtime';

/** Liveness says the process runs; readiness says it can serve: database and Redis answer and it is not draining. */
@Controller('health')
@PublicEndpoint()
export class HealthController implements BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok'; checks: Record<string, 'up'> }> {
    if (this.shuttingDown) throw new ServiceUnavailableException({ status: 'draining' });
    const checks = await Promise.allSettled([this.dataSource.query('SELECT 1'), this.redis.ping()]);
    const [database, redis] = checks.map((check) => (check.status === 'fulfilled' ? 'up' : 'down'));
    if (database !== 'up' || redis !== 'up') {
      throw new ServiceUnavailableException({ status: 'unavailable', checks: { database, redis } });
    }
    return { status: 'ok', checks: { database: 'up', redis: 'up' } };
  }
}
