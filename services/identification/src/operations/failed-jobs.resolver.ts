import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import type { Connection } from '@nrm/graphql';
import type { FailedJobRecord } from '@nrm/service-kit';
import { FailedJobsArgs, RetryFailedJobArgs } from './failed-jobs.args';
import { FailedJobConnection } from './failed-job.model';
import { FailedJobsService } from './failed-jobs.service';

/** The platform's jobs in the dead-letter state: platform_admin only (docs/architecture.md, "Job queues"). */
@Resolver()
export class FailedJobsResolver {
  constructor(private readonly jobs: FailedJobsService) {}

  @Query(() => FailedJobConnection, { description: 'Jobs of every service in the dead-letter state, newest first (platform_admin)' })
  @Roles(Role.PLATFORM_ADMIN)
  async failedJobs(@Args() args: FailedJobsArgs, @Context() context: GraphQLRequestContext): Promise<Connection<unknown>> {
    const connection = await this.jobs.list(context.req, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: asGraphQL(edge.node) })) };
  }

  @Mutation(() => Boolean, { description: 'Moves one failed job back to its queue, once; audited (platform_admin)' })
  @Roles(Role.PLATFORM_ADMIN)
  retryFailedJob(@Args() args: RetryFailedJobArgs, @Context() context: GraphQLRequestContext, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.jobs.retry(context.req, principal, args.service, args.queue, args.id);
  }
}

function asGraphQL(job: FailedJobRecord) {
  return { ...job, failedAt: new Date(job.failedAt) };
}
