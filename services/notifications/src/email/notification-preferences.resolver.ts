import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff, CurrentPrincipal, type Principal } from '@nrm/auth';
import { NotificationPreferences, NotificationPreferencesInput } from './notification-preferences.model';
import { NotificationPreferencesService } from './notification-preferences.service';

/** Any signed-in staff member, for their own account only: the token's subject is the key, never an argument. */
@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => NotificationPreferences, { description: "The caller's own e-mail preferences" })
  @AnyStaff()
  myNotificationPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferences> {
    return this.preferences.mine(principal);
  }

  @Mutation(() => NotificationPreferences, { description: "Sets the caller's own e-mail preferences; urgent kinds stay e-mailed" })
  @AnyStaff()
  setNotificationPreferences(
    @Args('input', { type: () => NotificationPreferencesInput }) input: NotificationPreferencesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NotificationPreferences> {
    return this.preferences.set(principal, input);
  }
}
