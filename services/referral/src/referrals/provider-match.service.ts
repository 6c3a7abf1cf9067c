import { Injectable } from '@nestjs/common';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { IdentificationFactsClient } from '../persons/identification-facts.client';
import type { PersonRefEntity } from '../persons/person-ref.entity';
import { PersonRefService } from '../persons/person-ref.service';
import type { ServiceProviderEntity } from '../service-providers/service-provider.entity';
import { ServiceProviderService } from '../service-providers/service-provider.service';
import { referralRefusals } from './referral-eligibility';
import { ReferralException, ReferralExceptionCode } from './referral.exception';
import { ReferralRepository } from './referral.repository';

/** The audit purpose of a matching read: the RA read the person's routing facts to offer options. */
export const MATCHING_AUDIT_PURPOSE = 'PROVIDER_MATCHING';

export interface ProviderMatchResult {
  provider: ServiceProviderEntity;
  eligible: boolean;
  reasons: string[];
  exclusions: Array<{ code: string; message: string }>;
  overCapacityPossible: boolean;
  rank: number | null;
  score: number;
  regionMatch: boolean;
  servicesMatched: string[];
  servicesMissing: string[];
}

/**
 * Matching (docs/domain.md §2 step 2): every provider of the directory for one person, through the same rule
 * createReferral applies (referralRefusals), the eligible ones ranked by fit (region, then the needs the RA names), the
 * others with their refusal codes.
 */
@Injectable()
export class ProviderMatchService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly persons: PersonRefService,
    private readonly providers: ServiceProviderService,
    private readonly identification: IdentificationFactsClient,
    private readonly audit: AuditWriter,
  ) {}

  private projected(personId: string): Promise<PersonRefEntity | null> {
    return this.referrals.inTransaction(async (manager) => this.persons.find(manager, await this.persons.canonicalId(manager, personId)));
  }

  /** A person whose submission event has not arrived yet: identification's answer projected now (read-your-writes). */
  private async caughtUp(personId: string, request: AuthenticatedRequest): Promise<PersonRefEntity | null> {
    const projection = await this.persons.catchUpFromIdentification(request, personId);
    return projection ? this.projected(personId) : null;
  }

  async matches(personId: string, needs: readonly string[], principal: Principal, request: AuthenticatedRequest): Promise<ProviderMatchResult[]> {
    const projected = (await this.projected(personId)) ?? (await this.caughtUp(personId, request));
    if (!projected) {
      throw new ReferralException(
        ReferralExceptionCode.PERSON_NOT_FOUND,
        'Person not found: personId must be a person the Responsible Authority was notified of (identification submitted)',
        ['personId'],
      );
    }
    // Identification's facts now when it answers (an age verification the projection has not caught up with), else the
    // projection: matching only advises, createReferral decides again.
    const fresh = await this.identification.routingFacts(request, projected.personId).catch(() => null);
    const person = fresh ? { ...projected, ...fresh } : projected;
    await this.audit.appendNow([
      {
        actor: auditActor(principal),
        personId: person.personId,
        categories: [DataCategory.SUMMARY],
        action: AuditAction.READ,
        basis: LegalBasis.LEGAL_MANDATE,
        decision: AccessDecision.ALLOWED,
        purpose: MATCHING_AUDIT_PURPOSE,
        correlationId: principal.correlationId,
      },
    ]);

    const results = (await this.providers.all()).map((provider): ProviderMatchResult => {
      const refusals = referralRefusals({ person, provider });
      const servicesMatched = needs.filter((need) => provider.services.includes(need));
      const servicesMissing = needs.filter((need) => !provider.services.includes(need));
      const regionMatch = provider.region === person.region;
      return {
        provider,
        eligible: refusals.length === 0,
        reasons: [...new Set(refusals.map((refusal) => refusal.code))],
        exclusions: refusals.map(({ code, message }) => ({ code, message })),
        overCapacityPossible: refusals.length === 1 && refusals[0]!.code === ReferralExceptionCode.NO_PLACES_FREE,
        rank: null,
        score: (regionMatch ? 2 : 0) + servicesMatched.length - servicesMissing.length,
        regionMatch,
        servicesMatched,
        servicesMissing,
      };
    });
    // Eligible first by fit, then those an over-capacity agreement would open, then the rest; ties by most places free,
    // then name, so the list is stable.
    const tier = (match: ProviderMatchResult): number => (match.eligible ? 0 : match.overCapacityPossible ? 1 : 2);
    results.sort(
      (a, b) =>
        tier(a) - tier(b) ||
        b.score - a.score ||
        b.provider.placesFree - a.provider.placesFree ||
        a.provider.name.localeCompare(b.provider.name) ||
        a.provider.id.localeCompare(b.provider.id),
    );
    let rank = 0;
    for (const match of results) if (match.eligible) match.rank = ++rank;
    return results;
  }
}
