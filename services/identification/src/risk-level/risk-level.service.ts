import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedRequest } from '@nrm/auth';
import { RiskLevel } from '@nrm/domain';
import type { EventPayloads } from '@nrm/events';
import { isUuid } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, malformedAnswer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { PersonService } from '../person/person.service';

/** The levels a security assessment ends in (SECURITY: HIGH_RISK, MODERATE_RISK, LOW_RISK); UNKNOWN is never one. */
const ASSESSED_LEVELS: ReadonlySet<string> = new Set([RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.LOW]);

/** What shelters' GET /internal/security-assessments/:id answers: the assessment of the caller's own shelter. */
interface ShelterAssessmentBody {
  assessmentId: string;
  personId: string;
  riskLevel: RiskLevel;
  assessedAt: string;
}

/**
 * The person's risk level follows the latest security assessment a shelter made (docs/domain.md §2 step 4, "Risk
 * level"); before any, it comes from the immediate needs. Two paths lead here and both apply the same rule (newest by
 * assessment time wins, the same assessment twice changes nothing): the `security.assessed` event (durable), and a
 * synchronous call the shelters service makes while the case manager's mutation runs, so their very next read shows it.
 */
@Injectable()
export class RiskLevelService {
  private readonly shelters: InternalPeer;
  private readonly timeoutMs: number;

  constructor(
    private readonly persons: PersonService,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.shelters = { service: 'shelters', baseUrl: runtime.config.SHELTERS_INTERNAL_URL };
    this.timeoutMs = runtime.config.PEER_TIMEOUT_MS;
  }

  /** The event's effect, in the inbox's transaction. */
  async applyEvent(manager: EntityManager, payload: EventPayloads['security.assessed']): Promise<void> {
    if (!ASSESSED_LEVELS.has(payload.riskLevel)) return;
    const assessedAt = new Date(payload.assessedAt);
    if (Number.isNaN(assessedAt.getTime())) return;
    await this.persons.applySecurityAssessment(
      { personId: payload.personId, assessmentId: payload.assessmentId, riskLevel: payload.riskLevel, assessedAt },
      manager,
    );
  }

  /**
   * The synchronous path. Identification trusts no level or time the caller sends: it reads the assessment back from
   * the shelters service with the caller's own token, which answers only for an assessment the caller's own shelter
   * recorded (a 404 otherwise, passed on as NOT_FOUND). True when the person's risk level changed.
   */
  async applyFromShelter(request: AuthenticatedRequest, assessmentId: string): Promise<boolean> {
    const call = {
      peer: this.shelters,
      path: `/internal/security-assessments/${encodeURIComponent(assessmentId)}`,
      request,
      timeoutMs: this.timeoutMs,
      purpose: 'Security assessment',
      notFoundMessage: 'Security assessment not found',
    };
    const body = await getFromPeer(call);
    if (!isShelterAssessment(body) || body.assessmentId !== assessmentId) throw malformedAnswer(call);
    return this.persons.applySecurityAssessment({
      personId: body.personId,
      assessmentId: body.assessmentId,
      riskLevel: body.riskLevel,
      assessedAt: new Date(body.assessedAt),
    });
  }
}

function isShelterAssessment(body: unknown): body is ShelterAssessmentBody {
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  return (
    typeof record['assessmentId'] === 'string' &&
    isUuid(record['assessmentId']) &&
    typeof record['personId'] === 'string' &&
    isUuid(record['personId']) &&
    typeof record['riskLevel'] === 'string' &&
    ASSESSED_LEVELS.has(record['riskLevel']) &&
    typeof record['assessedAt'] === 'string' &&
    !Number.isNaN(Date.parse(record['assessedAt']))
  );
}
