import { Module } from '@nestjs/common';
import { FailedJobsResolver } from './failed-jobs.resolver';
import { FailedJobsService } from './failed-jobs.service';

/** Platform operations for platform_admin: the failed jobs of every service's queues. */
@Module({ providers: [FailedJobsService, FailedJobsResolver] })
export class OperationsModule {}
