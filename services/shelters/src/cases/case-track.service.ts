import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import type { EntityManager } from 'typeorm';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import { CaseManagerChangeOutcome, CasePhase, CaseStatus, ClosureType, Role, TeamFunction } from '@nrm/domain';
import { type EventEnvelope, OutboxWriter } from '@nrm/events';
import { badUserInput } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { SheltersConfig } from '../config';
import { type MonitoringCadence, monitoringDueAfter } from './monitoring-cadence';
import type { CaseManagerChangeEntity } from './case-manager-change.entity';
import { CaseRepository } from './case.repository';
import { DirectoryClient } from './directory.client';
import type {
  AdmitToCaseInput,
  AssignCaseManagerInput,
  CloseCaseInput,
  DecideCaseManagerChangeInput,
  MoveCasePhaseInput,
  SetCaseTeamInput,
} from './dto/case-track.inputs';
import type { ShelterCaseEntity } from './shelter-case.entity';
import { ShelterException, ShelterExceptionCode } from './shelter.exception';

/** What the referral service may learn of a closed case. */
export interface CaseClosureFact {
  caseId: string;
  referralId: string;
  personId: string;
  providerAgencyId: string;
  status: CaseStatus;
  closedAt: string;
}

/** The comprehensive needs assessment is due this many days after admission (docs/domain.md §2 step 4). */
export const ASSESSMENT_DUE_DAYS = 14;

/** How far before the case opened an admission may be dated (the person arrived before the referral was accepted). */
const ADMISSION_BEFORE_OPENING_DAYS = 30;

/** The phases in order, and when each is due for review, in months after admission (docs/domain.md §2 step 7). */
const PHASES: readonly CasePhase[] = [CasePhase.CRISIS_INTERVENTION, CasePhase.STABILISATION, CasePhase.SOCIAL_INCLUSION];
const PHASE_REVIEW_MONTHS: Record<CasePhase, number> = {
  [CasePhase.CRISIS_INTERVENTION]: 6,
  [CasePhase.STABILISATION]: 12,
  [CasePhase.SOCIAL_INCLUSION]: 36,
};

/** The statuses a closure of each type may start from (docs/domain.md, "The case track"). */
const CLOSABLE_FROM: Record<ClosureType, readonly CaseStatus[]> = {
  [ClosureType.PLANNED_MUTUAL]: [CaseStatus.FOLLOW_UP],
  [ClosureType.NOT_MUTUAL]: [CaseStatus.FOLLOW_UP],
  [ClosureType.UNPLANNED]: [CaseStatus.ACCEPTED, CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP],
};

const CLOSED: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED];

/** Who may be named on a case team: the shelter's staff with a team function, and its case managers. */
const TEAM_ROLES: readonly Role[] = [Role.SHELTER_STAFF, Role.CASE_MANAGER];

/**
 * The case track (docs/domain.md §2 steps 3, 7, 8 and "The case track"): ACCEPTED → ACTIVE (phase I → II → III) →
 * FOLLOW_UP → CLOSED, or CLOSED_REFERRED on a transfer. Every change happens on the locked row in one transaction with
 * its event, so two staff acting at once see one succeed and the other a CONFLICT naming the state it found.
 */
@Injectable()
export class CaseTrackService {
  private readonly cadence: MonitoringCadence;

  constructor(
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly directory: DirectoryClient,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>,
  ) {
    this.cadence = runtime.config;
  }

  /** Admission: ACCEPTED → ACTIVE in phase I, the placement recorded and the needs assessment's due date set. */
  admit(input: AdmitToCaseInput, principal: Principal): Promise<ShelterCaseEntity> {
    const now = this.clock.now();
    return this.change(input.caseId, principal, async (manager, shelterCase) => {
      this.mayActAsCaseManager(shelterCase, principal, { unassignedToo: true });
      this.transition(shelterCase, CaseStatus.ACTIVE, [CaseStatus.ACCEPTED]);
      if (input.admittedAt.getTime() > now.getTime()) throw badUserInput(['input.admittedAt'], 'input.admittedAt: must not be in the future');
      if (input.admittedAt.getTime() < addDays(shelterCase.openedAt, -ADMISSION_BEFORE_OPENING_DAYS).getTime()) {
        throw badUserInput(['input.admittedAt'], `input.admittedAt: must be at most ${ADMISSION_BEFORE_OPENING_DAYS} days before the case opened`);
      }
      const changes = {
        status: CaseStatus.ACTIVE,
        phase: CasePhase.CRISIS_INTERVENTION,
        admittedAt: input.admittedAt,
        placementType: input.placementType,
        assessmentsDueAt: addDays(input.admittedAt, ASSESSMENT_DUE_DAYS),
        phaseStartedAt: input.admittedAt,
        phaseReviewDueAt: addMonths(input.admittedAt, PHASE_REVIEW_MONTHS[CasePhase.CRISIS_INTERVENTION]),
      };
      await this.cases.saveTrack(manager, shelterCase.id, changes);
      await this.outbox.append(
        manager,
        'case.admitted',
        shelterCase.id,
        {
          caseId: shelterCase.id,
          personId: shelterCase.personId,
          reference: shelterCase.reference,
          providerAgencyId: shelterCase.providerAgencyId,
          placementType: input.placementType,
          admittedAt: input.admittedAt.toISOString(),
          assessmentsDueAt: changes.assessmentsDueAt.toISOString(),
        },
        principal.correlationId,
      );
    });
  }

  /**
   * The shelter head assigns (or reassigns) a case manager; a case manager may take an unassigned case themself, the
   * first assignment only (docs/domain.md, "The case track").
   */
  assignCaseManager(request: AuthenticatedRequest, input: AssignCaseManagerInput, principal: Principal): Promise<ShelterCaseEntity> {
    return this.change(input.caseId, principal, async (manager, shelterCase) => {
      this.refuseClosed(shelterCase, 'have a case manager assigned');
      const head = hasAnyRole(principal, [Role.SHELTER_HEAD]);
      if (!head && (shelterCase.caseManagerId !== null || input.caseManagerId !== principal.subject)) {
        throw new ShelterException(ShelterExceptionCode.NOT_ALLOWED, 'Only the shelter head assigns another case manager or reassigns a case');
      }
      await this.requireMember(request, input.caseManagerId, 'input.caseManagerId', [Role.CASE_MANAGER]);
      await this.cases.saveTrack(manager, shelterCase.id, { caseManagerId: input.caseManagerId });
    });
  }

  /** The person asked for another case manager: recorded by the shelter's staff, decided by the shelter head. */
  async requestCaseManagerChange(caseId: string, principal: Principal): Promise<CaseManagerChangeEntity> {
    let recorded: CaseManagerChangeEntity | undefined;
    await this.change(caseId, principal, async (manager, shelterCase) => {
      this.refuseClosed(shelterCase, 'take a request for another case manager');
      this.mayWorkOn(shelterCase, principal);
      if (!shelterCase.caseManagerId) throw conflict('The case has no case manager yet; the shelter head assigns one');
      if (await this.cases.hasUndecidedChangeRequest(manager, shelterCase.id)) throw conflict('A request for another case manager is already waiting for a decision');
      recorded = {
        id: randomUUID(),
        caseId: shelterCase.id,
        agencyId: shelterCase.providerAgencyId,
        requestedAt: this.clock.now(),
        recordedBy: principal.subject,
        previousCaseManagerId: shelterCase.caseManagerId,
        outcome: null,
        newCaseManagerId: null,
        decidedAt: null,
        decidedBy: null,
      };
      await this.cases.insertChangeRequest(manager, recorded);
    });
    return recorded!;
  }

  /** The shelter head's decision on a request: GRANTED names the new case manager, who takes the case at once. */
  async decideCaseManagerChange(request: AuthenticatedRequest, input: DecideCaseManagerChangeInput, principal: Principal): Promise<CaseManagerChangeEntity> {
    const granted = input.outcome === CaseManagerChangeOutcome.GRANTED;
    if (granted && !input.newCaseManagerId) throw badUserInput(['input.newCaseManagerId'], 'input.newCaseManagerId: required when the request is granted');
    if (!granted && input.newCaseManagerId) throw badUserInput(['input.newCaseManagerId'], 'input.newCaseManagerId: only a granted request names a case manager');
    return this.cases.inTransaction(async (manager) => {
      const changeRequest = await this.cases.lockChangeRequest(manager, input.requestId);
      if (!changeRequest || changeRequest.agencyId !== principal.agencyId) throw notVisible();
      const shelterCase = await this.cases.lockById(manager, changeRequest.caseId);
      if (!shelterCase) throw notVisible();
      this.refuseClosed(shelterCase, 'have its case manager changed');
      if (changeRequest.outcome) throw conflict(`The request was already decided: ${changeRequest.outcome}`);
      if (granted) {
        if (input.newCaseManagerId === changeRequest.previousCaseManagerId) {
          throw badUserInput(['input.newCaseManagerId'], 'input.newCaseManagerId: must be another case manager than the one the person asked to change');
        }
        await this.requireMember(request, input.newCaseManagerId!, 'input.newCaseManagerId', [Role.CASE_MANAGER]);
        await this.cases.saveTrack(manager, shelterCase.id, { caseManagerId: input.newCaseManagerId! });
      }
      const decision = { outcome: input.outcome, newCaseManagerId: granted ? input.newCaseManagerId! : null, decidedAt: this.clock.now(), decidedBy: principal.subject };
      await this.cases.saveChangeRequest(manager, changeRequest.id, decision);
      return { ...changeRequest, ...decision };
    });
  }

  /** Names the multidisciplinary team, replacing it: each member a user of the shelter with a team role. */
  setTeam(request: AuthenticatedRequest, input: SetCaseTeamInput, principal: Principal): Promise<ShelterCaseEntity> {
    return this.change(input.caseId, principal, async (manager, shelterCase) => {
      this.refuseClosed(shelterCase, 'have its team changed');
      this.mayActAsCaseManager(shelterCase, principal);
      for (const [index, memberId] of input.memberIds.entries()) {
        const member = await this.requireMember(request, memberId, `input.memberIds.${index}`, TEAM_ROLES);
        if (!member.roles.includes(Role.CASE_MANAGER) && !member.teamFunction) {
          throw badUserInput([`input.memberIds.${index}`], `input.memberIds.${index}: must be a member of the shelter's staff with a team function (${Object.values(TeamFunction).join(', ')})`);
        }
      }
      await this.cases.saveTrack(manager, shelterCase.id, { teamMemberIds: [...input.memberIds] });
    });
  }

  /** Phase I → II → III, one step forward at a time, by the case manager; the review date follows the manual. */
  movePhase(input: MoveCasePhaseInput, principal: Principal): Promise<ShelterCaseEntity> {
    return this.change(input.caseId, principal, async (manager, shelterCase) => {
      this.mayActAsCaseManager(shelterCase, principal);
      if (shelterCase.status !== CaseStatus.ACTIVE) {
        throw conflict(`The case is ${shelterCase.status}; only an ACTIVE case moves between phases (asked: ${input.phase})`);
      }
      const next = PHASES[PHASES.indexOf(shelterCase.phase!) + 1];
      if (input.phase !== next) {
        throw conflict(`The case is in phase ${shelterCase.phase}; it moves to ${next ?? 'no further phase'} only (asked: ${input.phase})`);
      }
      const now = this.clock.now();
      await this.cases.saveTrack(manager, shelterCase.id, {
        phase: input.phase,
        phaseStartedAt: now,
        phaseReviewDueAt: addMonths(shelterCase.admittedAt!, PHASE_REVIEW_MONTHS[input.phase]),
      });
      // The monitoring cadence follows the phase at once: the open monitoring clock is re-timed (docs/domain.md §4).
      const latest = await this.cases.latestMonitoringContactAt(manager, shelterCase.id);
      await this.outbox.append(
        manager,
        'case.phase_moved',
        shelterCase.id,
        {
          caseId: shelterCase.id,
          personId: shelterCase.personId,
          reference: shelterCase.reference,
          providerAgencyId: shelterCase.providerAgencyId,
          phase: input.phase,
          nextContactDueAt: latest ? monitoringDueAfter(latest, input.phase, this.cadence).toISOString() : null,
        },
        principal.correlationId,
      );
    });
  }

  /** ACTIVE → FOLLOW_UP: follow-up comes before closure, never after it. */
  startFollowUp(caseId: string, principal: Principal): Promise<ShelterCaseEntity> {
    return this.change(caseId, principal, async (manager, shelterCase) => {
      this.mayActAsCaseManager(shelterCase, principal);
      this.transition(shelterCase, CaseStatus.FOLLOW_UP, [CaseStatus.ACTIVE]);
      await this.cases.saveTrack(manager, shelterCase.id, { status: CaseStatus.FOLLOW_UP, followUpStartedAt: this.clock.now() });
    });
  }

  /**
   * Closure after its review (docs/domain.md §2 step 8): planned and mutual or not mutual after follow-up; unplanned
   * (the person left) from any open status. `case.closed` ends the shelter's OPEN_CASE and ACCEPTED_REFERRAL
   * relationships in identification, and the placement in the referral service (the place is given back).
   */
  close(input: CloseCaseInput, principal: Principal): Promise<ShelterCaseEntity> {
    if (!input.reviewNotes.trim()) throw badUserInput(['input.reviewNotes'], 'input.reviewNotes: the closure review is required and must not be blank');
    return this.change(input.caseId, principal, async (manager, shelterCase) => {
      this.mayActAsCaseManager(shelterCase, principal);
      this.transition(shelterCase, CaseStatus.CLOSED, CLOSABLE_FROM[input.closureType], input.closureType);
      const closedAt = this.clock.now();
      await this.cases.saveTrack(manager, shelterCase.id, {
        status: CaseStatus.CLOSED,
        closedAt,
        closureType: input.closureType,
        closureReviewNotes: input.reviewNotes,
      });
      await this.appendClosed(manager, shelterCase, 'CLOSED', input.closureType, principal.correlationId);
    });
  }

  /**
   * The person's transfer to another provider was accepted (`referral.closed`, reason TRANSFERRED): the old provider's
   * case closes as CLOSED_REFERRED, in the inbox transaction. A case already closed stays as it was; a placement that
   * ended because its case closed (reason CASE_CLOSED) was this service's own doing and changes nothing here.
   */
  async closeTransferred(event: EventEnvelope<'referral.closed'>, manager: EntityManager): Promise<void> {
    if (event.payload.reason !== 'TRANSFERRED' || !event.payload.transferredToReferralId) return;
    const shelterCase = await this.cases.lockOfReferral(manager, event.payload.referralId);
    if (!shelterCase || CLOSED.includes(shelterCase.status)) return;
    await this.cases.saveTrack(manager, shelterCase.id, {
      status: CaseStatus.CLOSED_REFERRED,
      closedAt: this.clock.now(),
      transferredToReferralId: event.payload.transferredToReferralId,
    });
    await this.appendClosed(manager, shelterCase, 'CLOSED_REFERRED', null, event.correlationId);
  }

  /**
   * A CLOSED case's closure, for the Responsible Authority's read-your-writes in the referral service (ids, the status
   * and when; never the review): null for an unknown case and for one not closed after its review.
   */
  async closureOf(caseId: string): Promise<CaseClosureFact | null> {
    const shelterCase = await this.cases.findById(caseId);
    if (!shelterCase || shelterCase.status !== CaseStatus.CLOSED || !shelterCase.closedAt) return null;
    return {
      caseId: shelterCase.id,
      referralId: shelterCase.referralId,
      personId: shelterCase.personId,
      providerAgencyId: shelterCase.providerAgencyId,
      status: shelterCase.status,
      closedAt: shelterCase.closedAt.toISOString(),
    };
  }

  changeRequestsOf(caseId: string): Promise<CaseManagerChangeEntity[]> {
    return this.cases.changeRequestsOf(caseId);
  }

  private appendClosed(manager: EntityManager, shelterCase: ShelterCaseEntity, status: 'CLOSED' | 'CLOSED_REFERRED', closureType: ClosureType | null, correlationId: string | null) {
    return this.outbox.append(
      manager,
      'case.closed',
      shelterCase.id,
      {
        caseId: shelterCase.id,
        referralId: shelterCase.referralId,
        personId: shelterCase.personId,
        providerAgencyId: shelterCase.providerAgencyId,
        status,
        closureType,
      },
      correlationId,
    );
  }

  /** Locks the caller's shelter's case, runs the change and answers the case as it now is. */
  private async change(caseId: string, principal: Principal, work: (manager: EntityManager, shelterCase: ShelterCaseEntity) => Promise<void>): Promise<ShelterCaseEntity> {
    return this.cases.inTransaction(async (manager) => {
      const shelterCase = await this.cases.lockById(manager, caseId);
      // Another shelter's case and an unknown id are the same FORBIDDEN (docs/api.md, "Cases").
      if (!shelterCase || shelterCase.providerAgencyId !== principal.agencyId) throw notVisible();
      await work(manager, shelterCase);
      return (await this.cases.lockById(manager, caseId))!;
    });
  }

  /** The case's own case manager, or the shelter head; with `unassignedToo`, any case manager while none is assigned. */
  private mayActAsCaseManager(shelterCase: ShelterCaseEntity, principal: Principal, options: { unassignedToo?: boolean } = {}): void {
    if (hasAnyRole(principal, [Role.SHELTER_HEAD])) return;
    if (hasAnyRole(principal, [Role.CASE_MANAGER])) {
      if (shelterCase.caseManagerId === principal.subject) return;
      if (options.unassignedToo && shelterCase.caseManagerId === null) return;
    }
    throw new ShelterException(ShelterExceptionCode.NOT_ALLOWED, "Only the case's case manager or the shelter head may do this");
  }

  /** Case managers and the head work on every case of the shelter; shelter_staff only on the cases whose team names them. */
  private mayWorkOn(shelterCase: ShelterCaseEntity, principal: Principal): void {
    if (hasAnyRole(principal, [Role.SHELTER_HEAD, Role.CASE_MANAGER])) return;
    if (!shelterCase.teamMemberIds.includes(principal.subject)) throw notVisible();
  }

  private transition(shelterCase: ShelterCaseEntity, to: CaseStatus, from: readonly CaseStatus[], closureType?: ClosureType): void {
    if (from.includes(shelterCase.status)) return;
    const asked = closureType ? `${to} (${closureType})` : to;
    throw conflict(`The case is ${shelterCase.status}; it cannot become ${asked}`);
  }

  private refuseClosed(shelterCase: ShelterCaseEntity, what: string): void {
    if (CLOSED.includes(shelterCase.status)) throw conflict(`The case is ${shelterCase.status}; a closed case cannot ${what}`);
  }

  /** A user the directory lists in the caller's shelter with one of the roles; otherwise BAD_USER_INPUT on the field. */
  private async requireMember(request: AuthenticatedRequest, userId: string, field: string, roles: readonly Role[]) {
    const member = await this.directory.memberOfCallersAgency(request, userId);
    if (!member || !member.roles.some((role) => roles.includes(role))) {
      throw badUserInput([field], `${field}: must be a user of your shelter with the role ${roles.join(' or ')}`);
    }
    return member;
  }
}

function conflict(message: string): ShelterException {
  return new ShelterException(ShelterExceptionCode.INVALID_TRANSITION, message);
}

function notVisible(): ShelterException {
  return new ShelterException(ShelterExceptionCode.NOT_VISIBLE, 'Not allowed to see this case');
}
