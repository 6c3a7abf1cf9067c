import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ClientCredentialsTokens } from '@nrm/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';

/** One addressee of an audience as the directory knows them: the id, the address and the directory's language. */
export interface Recipient {
  userSubject: string;
  email: string;
  locale: string | null;
}

/** An audience as a notification names it. */
export interface Audience {
  agencyId: string | null;
  roles: readonly string[];
  teamFunction: string | null;
  /** One user of the agency (a plan action's team member), with or instead of roles. */
  userSubject?: string | null;
}

const RecipientsSchema = z.array(z.object({ id: z.string().min(1), email: z.string().email(), locale: z.string().nullable() }));

export class RecipientDirectoryUnavailable extends Error {
  override readonly name = 'RecipientDirectoryUnavailable';
}

/**
 * Who of an audience gets an e-mail, from identification's directory (GET /internal/directory/recipients). Asked by the
 * mail worker, outside any user's request, with this service's own token (a client-credentials token of
 * SERVICE_CLIENT_ID's service account, docs/architecture.md "Service accounts"), which that endpoint alone accepts: it
 * answers staff contact facts (id, address, language) and nothing of any person the platform records. Failures name
 * the status only, never a body.
 */
@Injectable()
export class RecipientDirectoryClient {
  private readonly baseUrl: string;
  private readonly tokens: ClientCredentialsTokens;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<NotificationsConfig>) {
    const { config } = runtime;
    this.baseUrl = config.IDENTIFICATION_INTERNAL_URL.replace(/\/$/, '');
    this.timeoutMs = config.IDENTIFICATION_TIMEOUT_MS;
    this.tokens = new ClientCredentialsTokens({
      issuer: config.OIDC_ISSUER,
      clientId: config.SERVICE_CLIENT_ID,
      clientSecret: config.SERVICE_CLIENT_SECRET,
      timeoutMs: config.IDENTIFICATION_TIMEOUT_MS,
    });
  }

  async recipientsOf(audience: Audience): Promise<Recipient[]> {
    const query = new URLSearchParams({ roles: audience.roles.join(',') });
    if (audience.agencyId) query.set('agencyId', audience.agencyId);
    if (audience.teamFunction) query.set('teamFunction', audience.teamFunction);
    if (audience.userSubject) query.set('userId', audience.userSubject);
    let token: string;
    try {
      token = await this.tokens.token();
    } catch (error) {
      throw new RecipientDirectoryUnavailable(`no service token: ${error instanceof Error ? error.message : 'unknown'}`);
    }
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/internal/directory/recipients?${query.toString()}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      throw new RecipientDirectoryUnavailable('identification could not be reached');
    }
    if (!response.ok) {
      await response.arrayBuffer().catch(() => undefined);
      // A refused token (revoked, the issuer's keys rotated) is not reused: the next sweep asks for a new one.
      if (response.status === 401 || response.status === 403) this.tokens.forget();
      throw new RecipientDirectoryUnavailable(`identification answered ${response.status}`);
    }
    const body = RecipientsSchema.safeParse(await response.json().catch(() => null));
    if (!body.success) throw new RecipientDirectoryUnavailable('identification answered a malformed body');
    return body.data.map((user) => ({ userSubject: user.id, email: user.email, locale: user.locale }));
  }
}
