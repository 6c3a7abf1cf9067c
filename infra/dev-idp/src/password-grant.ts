import { randomUUID } from 'node:crypto';
import { errors, type KoaContext, type Provider, type ResourceServerInfo } from 'oidc-provider';
import type { RealmDirectory } from './keycloak-claims';

export const PASSWORD_GRANT_TYPE = 'password';
export const PASSWORD_GRANT_PARAMETERS = ['username', 'password', 'scope'];

// Keycloak applies the `profile` and `email` client scopes by default, so its tokens name them even unasked.
const DEFAULT_SCOPES = ['profile', 'email'];

export interface PasswordGrantDependencies {
  provider: Provider;
  directory: RealmDirectory;
  supportedScopes: readonly string[];
  resource: string;
  resourceServer: ResourceServerInfo;
}

/**
 * Keycloak's "direct access grant" (resource owner password credentials). oidc-provider only lets a client use it
 * when its `grant_types` list `password`, which only clients with `directAccessGrantsEnabled` get.
 */
export function passwordGrant({ provider, directory, supportedScopes, resource, resourceServer }: PasswordGrantDependencies) {
  return async function passwordGrantHandler(ctx: KoaContext): Promise<void> {
    const oidc = ctx.oidc;
    const client = oidc?.client;
    if (!oidc || !client) throw new errors.InvalidRequest('client not resolved');

    const user = directory.authenticate(oidc.params.username, oidc.params.password);
    if (!user) {
      // Keycloak's exact answer, so clients written against it handle the dev provider the same way.
      ctx.status = 401;
      ctx.body = { error: 'invalid_grant', error_description: 'Invalid user credentials' };
      return;
    }

    const requested = (oidc.params.scope ?? '').split(' ').filter(Boolean);
    const unknown = requested.filter((scope) => !supportedScopes.includes(scope));
    if (unknown.length > 0) throw new errors.InvalidScope(`Invalid scopes: ${unknown.join(' ')}`, unknown.join(' '));
    const scope = [...new Set([...requested, ...DEFAULT_SCOPES])].join(' ');

    const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
    grant.addOIDCScope(scope);
    grant.addResourceScope(resource, scope);
    const grantId = await grant.save();

    // Keycloak opens a user session for direct grants too; its id becomes the tokens' `sid`.
    const issued = { accountId: user.id, client, grantId, gty: PASSWORD_GRANT_TYPE, sid: randomUUID() };

    const accessToken = new provider.AccessToken(issued);
    accessToken.resourceServer = new provider.ResourceServer(resource, resourceServer);
    accessToken.scope = scope;
    oidc.entity('AccessToken', accessToken);
    const accessTokenValue = await accessToken.save();

    const refreshToken = new provider.RefreshToken({ ...issued, scope, resource, rotations: 0 });
    oidc.entity('RefreshToken', refreshToken);
    const refreshTokenValue = await refreshToken.save();

    let idTokenValue: string | undefined;
    if (requested.includes('openid')) {
      const idToken = new provider.IdToken(directory.userClaims(user, client.clientId, 'id.token.claim'), { ctx });
      idToken.scope = scope;
      idToken.mask = {};
      idToken.rejected = [];
      idToken.set('sid', issued.sid);
      idTokenValue = await idToken.issue({ use: 'idtoken' });
    }

    ctx.body = {
      access_token: accessTokenValue,
      expires_in: accessToken.expiration,
      refresh_token: refreshTokenValue,
      token_type: 'Bearer',
      ...(idTokenValue ? { id_token: idTokenValue } : {}),
      scope,
    };
  };
}
