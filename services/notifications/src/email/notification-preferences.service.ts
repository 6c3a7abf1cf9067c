import { Injectable } from '@nestjs/common';
import type { Principal } from '@nrm/auth';
import { Clock } from '@nrm/service-kit';
import { NotificationKind } from '../notification/notification-kind';
import { ALWAYS_MAILED_KINDS } from './email-policy';
import type { MailLocale } from './email-templates';
import { EmailRepository } from './email.repository';
import type { NotificationPreferences, NotificationPreferencesInput } from './notification-preferences.model';

const ALL_KINDS = Object.values(NotificationKind);

/** Each user's own preferences, keyed by their token's subject: nobody reads or sets anyone else's. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly emails: EmailRepository,
    private readonly clock: Clock,
  ) {}

  async mine(principal: Principal): Promise<NotificationPreferences> {
    const stored = (await this.emails.preferencesOf(undefined, [principal.subject])).get(principal.subject);
    const muted = new Set(stored?.emailMutedKinds ?? []);
    return {
      emailKinds: ALL_KINDS.filter((kind) => !muted.has(kind) || ALWAYS_MAILED_KINDS.includes(kind)),
      alwaysEmailedKinds: [...ALWAYS_MAILED_KINDS],
      language: stored?.locale ?? null,
    };
  }

  async set(principal: Principal, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    const wanted = new Set(input.emailKinds);
    await this.emails.savePreferences(
      {
        userSubject: principal.subject,
        emailMutedKinds: ALL_KINDS.filter((kind) => !wanted.has(kind) && !ALWAYS_MAILED_KINDS.includes(kind)),
        locale: (input.language ?? null) as MailLocale | null,
      },
      this.clock.now(),
    );
    return this.mine(principal);
  }
}
