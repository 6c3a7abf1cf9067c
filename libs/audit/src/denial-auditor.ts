import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { type AuthenticatedRequest, type Principal } from '@nrm/auth';
import { AccessDecision, type DataCategory } from '@nrm/domain';
import { LOGGER, type Logger } from '@nrm/logging';
import { auditActor } from './access-audit';
import type { AuditAction } from './audit-entry';
import { AuditRecorder } from './audit-recorder';
import { AUDIT_OPTIONS, type AuditOptions } from './audit-writer';

/** Defaults of AuditOptions.unknownPersonDenials: a few a minute per actor is an honest mistake; more is a probe. */
export const UNKNOWN_PERSON_DENIALS_PER_WINDOW = 10;
const UNKNOWN_PERSON_DENIAL_WINDOW_MS = 60_000;
/** AuditOptions.unknownPersonDenials from the per-minute figure of a service's configuration. */
export function unknownPersonDenialsPerMinute(perMinute: number): { perWindow: number; windowMs: number } {
  return { perWindow: perMinute, windowMs: UNKNOWN_PERSON_DENIAL_WINDOW_MS };
}

/** Bounds the limiter's memory whatever the number of actors (the oldest window goes first). */
const UNKNOWN_PERSON_DENIAL_ACTORS = 10_000;

interface DeniedAttempt {
  /** The person the refused call is about, as the caller named it; null when it names none. */
  personId: string;
  action: AuditAction;
  categories: readonly DataCategory[];
  reason: 'FORBIDDEN' | 'CONSENT_REQUIRED';
}

interface ActorWindow {
  actor: { subject: string; agencyId: string; role: string };
  written: number;
  suppressed: number;
}

/**
 * Fixed-window limit per actor on denials about persons this service does not know. Only those are limited: they are
 * the noise a caller can make without bound (any uuid), whereas a denial about a real person is always written. The
 * windows live in this process (lru-cache bounds their number); a suppressed count is logged when its window closes
 * or is evicted, with the actor's ids and role only, never a person id.
 */
export class UnknownPersonDenialLimiter {
  private readonly windows: LRUCache<string, ActorWindow>;

  constructor(
    private readonly perWindow: number,
    windowMs: number,
    maxActors: number,
    onSuppressed: (actor: ActorWindow['actor'], suppressed: number) => void,
  ) {
    this.windows = new LRUCache<string, ActorWindow>({
      max: maxActors,
      ttl: windowMs,
      ttlAutopurge: true,
      dispose: (window) => {
        if (window.suppressed > 0) onSuppressed(window.actor, window.suppressed);
      },
    });
  }

  /** True when this actor's denial about an unknown person may be written now. */
  admit(actor: ActorWindow['actor']): boolean {
    const key = `${actor.subject}\n${actor.agencyId}\n${actor.role}`;
    let window = this.windows.get(key);
    if (!window) {
      window = { actor, written: 0, suppressed: 0 };
      this.windows.set(key, window);
    }
    if (window.written < this.perWindow) {
      window.written += 1;
      return true;
    }
    window.suppressed += 1;
    return false;
  }

  /** Closes every window (logging what each suppressed): on shutdown, and in tests. */
  flush(): void {
    this.windows.clear();
  }
}

/**
 * Writes the entry of a denied attempt that no access-policy decision has recorded: a role the guard refused, an
 * operation refused before any person was loaded. An attempt about a person this service knows names the person; one
 * about an id it does not know is written WITHOUT a person (it would otherwise put a person who does not exist in the
 * trail) and is rate-limited per actor (UnknownPersonDenialLimiter), so guessing ids cannot flood the trail.
 */
@Injectable()
export class DenialAuditor {
  private readonly knownPersonsQuery: string | null;
  readonly limiter: UnknownPersonDenialLimiter;

  constructor(
    @Inject(AUDIT_OPTIONS) options: AuditOptions,
    private readonly dataSource: DataSource,
    private readonly recorder: AuditRecorder,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.knownPersonsQuery = options.knownPersonsQuery ?? null;
    const limits = options.unknownPersonDenials ?? {};
    this.limiter = new UnknownPersonDenialLimiter(
      limits.perWindow ?? UNKNOWN_PERSON_DENIALS_PER_WINDOW,
      limits.windowMs ?? UNKNOWN_PERSON_DENIAL_WINDOW_MS,
      limits.maxActors ?? UNKNOWN_PERSON_DENIAL_ACTORS,
      (actor, suppressed) =>
        logger.warn({ actorSubject: actor.subject, actorAgencyId: actor.agencyId, actorRole: actor.role, suppressed }, 'denials about unknown persons not written (rate limit)'),
    );
  }

  async record(request: AuthenticatedRequest, principal: Principal, attempt: DeniedAttempt): Promise<void> {
    const actor = auditActor(principal);
    const known = await this.isKnown(attempt.personId);
    // Counted once per request: a request's further denials about unknown persons join its one entry.
    if (!known && !this.recorder.hasDenial(request, null) && !this.limiter.admit(actor)) return;
    await this.recorder.record(request, {
      actor,
      correlationId: principal.correlationId,
      personId: known ? attempt.personId : null,
      categories: attempt.categories,
      action: attempt.action,
      basis: null,
      decision: AccessDecision.DENIED,
      reason: attempt.reason,
    });
  }

  private async isKnown(personId: string): Promise<boolean> {
    if (this.knownPersonsQuery === null) return false;
    const rows = await this.dataSource.query<unknown[]>(this.knownPersonsQuery, [personId]);
    return rows.length > 0;
  }
}
