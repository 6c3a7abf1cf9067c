import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff, CurrentPrincipal, type Principal } from '@nrm/auth';
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
  myNotifications(@Args() args: MyNotificationsArgs, @CurrentPrincipal() principal: Principal): Promise<Notification[]> {
    return this.notifications.list(principal, args);
  }

  @Mutation(() => Notification, { description: 'Marks it read for the caller only; calling again keeps the first readAt' })
  @AnyStaff()
  markNotificationRead(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<Notification> {
    return this.notifications.markRead(principal, assertUuid(id, 'id'));
  }
}
