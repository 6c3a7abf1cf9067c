import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff, CurrentPrincipal, type GraphQLRequestContext, type Principal } from '@nrm/auth';
import { assertUuid } from '@nrm/graphql';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { Notification } from './notification.model';
import { NotificationService } from './notification.service';

/** Each user's own notifications: every staff member may ask; what they get is scoped to their agency and roles. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => [Notification], { description: 'Addressed to the agency and roles of the caller, newest first' })
  @AnyStaff()
  async myNotifications(
    @Args() args: MyNotificationsArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Notification[]> {
    return this.notifications.list(await this.notifications.readerOf(principal, context.req), args);
  }

  @Mutation(() => Notification, { description: 'Marks it read for the caller only; calling again keeps the first readAt' })
  @AnyStaff()
  async markNotificationRead(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Notification> {
    return this.notifications.markRead(await this.notifications.readerOf(principal, context.req), assertUuid(id, 'id'));
  }
}
