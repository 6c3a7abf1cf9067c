import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ALL_ROLES, type Role } from '@nrm/domain';
import { requestOf } from './request';
import type { Principal } from './principal';

export const ROLES_KEY = 'nrm:roles';
export const PUBLIC_KEY = 'nrm:public';

/** The roles allowed to call this resolver. A resolver without it is refused to everyone (deny by default). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in staff member, whatever the role (e.g. their own notifications). */
export const AnyStaff = () => SetMetadata(ROLES_KEY, [...ALL_ROLES]);

/** Only for infrastructure endpoints (health); never on a resolver. */
export const PublicEndpoint = () => SetMetadata(PUBLIC_KEY, true);

/** The verified caller, set by the global AuthGuard before the resolver runs. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route the AuthGuard did not authenticate');
  return principal;
});
