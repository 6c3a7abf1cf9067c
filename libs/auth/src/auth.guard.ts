import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@nrm/domain';
import { forbidden } from '@nrm/graphql';
import { Authenticator } from './authenticator';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import { hasAnyRole } from './principal';
import { requestOf } from './request';

/**
 * Global guard: authenticates every request and allows a handler only to the roles it declares with `@Roles`.
 * A handler that declares nothing is refused to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const principal = await this.authenticator.authenticate(requestOf(context));
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !hasAnyRole(principal, roles)) throw forbidden();
    return true;
  }
}
