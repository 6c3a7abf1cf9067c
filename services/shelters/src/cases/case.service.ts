import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import { CasePhase, CaseStatus, Role } from '@nrm/domain';
import { type EventEnvelope, OutboxWriter } from '@nrm/events';
import type { Connection } from '@nrm/graphql';
import { Clock } from '@nrm/service-kit';
import { CaseRepository } from './case.repository';
import type { CasesArgs } from './dto/cases.args';
import { type CasePlacement, PlacementsClient } from './placements.client';
import type { ShelterCaseEntity } from './shelter-case.entity';
import { ShelterException, ShelterExceptionCode } from './shelter.exception';

const CLOSED_STATUSES: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED];

@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly placements: PlacementsClient,
  ) {}

  /**
   * A case of the caller's own shelter. Another shelter's case and an unknown id get the same FORBIDDEN: no reader sees
   * every case, and telling them apart would say that the person is in some shelter. A case accepted a moment ago
   * whose event has not arrived yet is opened now (caughtUp).
   */
  async findVisible(id: string, principal: Principal, request?: AuthenticatedRequest): Promise<ShelterCaseEntity> {
    const found = await this.cases.findOfAgency(id, principal.agencyId);
    if (found) return this.onTeamOf(found, principal);
    const opened = request && (await this.caughtUp(id, principal, request)) ? await this.cases.findOfAgency(id, principal.agencyId) : null;
    if (opened) return this.onTeamOf(opened, principal);
    throw notVisible();
  }

  /** The shelter's cases; for shelter_staff, only those whose team names them (docs/domain.md, "The case track"). */
  list(args: CasesArgs, principal: Principal): Promise<Connection<ShelterCaseEntity>> {
    const page = { first: args.first, after: args.after, status: args.filter?.status };
    return this.cases.pageOfAgency(principal.agencyId, page, worksOnEveryCase(principal) ? undefined : principal.subject);
  }

  /**
   * An open case of the caller's own shelter, to write to. An unknown id is answered as another shelter's case: no
   * writer may learn that a case exists elsewhere.
   */
  async findWritable(id: string, principal: Principal, request?: AuthenticatedRequest): Promise<ShelterCaseEntity> {
    let shelterCase = await this.cases.findById(id);
    if (!shelterCase && request && (await this.caughtUp(id, principal, request))) shelterCase = await this.cases.findById(id);
    if (!shelterCase || shelterCase.providerAgencyId !== principal.agencyId) throw notVisible();
    this.onTeamOf(shelterCase, principal);
    if (CLOSED_STATUSES.includes(shelterCase.status)) throw new ShelterException(ShelterExceptionCode.CASE_CLOSED, `The case is ${shelterCase.status}`);
    return shelterCase;
  }

  /**
   * Read your own writes before a change on the case track: a case accepted a moment ago whose event has not arrived
   * yet is opened now (caughtUp), so the case manager can admit the person straight after accepting the referral.
   */
  async openIfJustAccepted(id: string, principal: Principal, request: AuthenticatedRequest): Promise<void> {
    if (await this.cases.findById(id)) return;
    await this.caughtUp(id, principal, request);
  }

  /** Whether the case is open (neither CLOSED nor CLOSED_REFERRED). */
  isOpen(shelterCase: Pick<ShelterCaseEntity, 'status'>): boolean {
    return !CLOSED_STATUSES.includes(shelterCase.status);
  }

  /** The case's case manager and team (directory user ids): who works on it, for features that notify or assign. */
  teamOf(shelterCase: Pick<ShelterCaseEntity, 'caseManagerId' | 'teamMemberIds'>): { caseManagerId: string | null; memberIds: string[] } {
    return { caseManagerId: shelterCase.caseManagerId, memberIds: [...shelterCase.teamMemberIds] };
  }

  /** The case's status and, while ACTIVE, its phase (monitoring frequency depends on it, docs/domain.md §2 step 7). */
  stageOf(shelterCase: Pick<ShelterCaseEntity, 'status' | 'phase'>): { status: CaseStatus; phase: CasePhase | null } {
    return { status: shelterCase.status, phase: shelterCase.phase };
  }

  /** Whether the caller is the case's case manager or the shelter head (who decide on the case). */
  isCaseManagerOf(shelterCase: Pick<ShelterCaseEntity, 'caseManagerId'>, principal: Principal): boolean {
    return hasAnyRole(principal, [Role.SHELTER_HEAD]) || (hasAnyRole(principal, [Role.CASE_MANAGER]) && shelterCase.caseManagerId === principal.subject);
  }

  /**
   * Whether the caller works on the case: it is their own shelter's, and they are its case manager or head, any case
   * manager of the shelter, or shelter_staff on its team (the same rule as `findVisible`, for a case already loaded).
   */
  worksOn(shelterCase: Pick<ShelterCaseEntity, 'providerAgencyId' | 'teamMemberIds'>, principal: Principal): boolean {
    return shelterCase.providerAgencyId === principal.agencyId && (worksOnEveryCase(principal) || shelterCase.teamMemberIds.includes(principal.subject));
  }

  /** shelter_staff work only on the cases whose team names them; anyone else of the shelter on every case. */
  private onTeamOf(shelterCase: ShelterCaseEntity, principal: Principal): ShelterCaseEntity {
    if (!worksOnEveryCase(principal) && !shelterCase.teamMemberIds.includes(principal.subject)) throw notVisible();
    return shelterCase;
  }

  /** Whether the agency runs a case of the person that is not closed (the OPEN_CASE relationship). */
  hasOpenCase(personId: string, agencyId: string): Promise<boolean> {
    return this.cases.existsOfPersonAtAgency(personId, agencyId, CLOSED_STATUSES);
  }

  /**
   * Whether the caller may read the person as a member of a case team (docs/domain.md §3, "Within a shelter: the case
   * team"): an open case of the person at the caller's own agency names the caller (the token's subject) as its case
   * manager or on its team. Read fresh, so a change of the team holds on the very next read.
   */
  isOnCaseTeam(personId: string, principal: Principal): Promise<boolean> {
    return this.cases.isOnTeamOfPersonAtAgency(personId, principal.agencyId, principal.subject, CLOSED_STATUSES);
  }

  /** The shelters that ran or run a case of the person. */
  providersOf(personId: string): Promise<string[]> {
    return this.cases.providerAgenciesOf(personId);
  }

  /**
   * One case per accepted referral (docs/domain.md §2 step 3): the inbox already drops a redelivered event, and
   * UNIQUE(referral_id) keeps a second case out even if the same acceptance arrives under another event id.
   * `case.opened` commits with the case, in the inbox transaction.
   */
  async openForAcceptedReferral(event: EventEnvelope<'referral.accepted'>, manager: EntityManager): Promise<void> {
    const { caseId, ...placement } = event.payload;
    // The acceptance's correlation id carries on: the case traces back to the request that accepted the referral.
    await this.open(manager, { ...placement, caseId: caseId ?? randomUUID() }, event.correlationId);
  }

  /**
   * Read your own writes across services (docs/architecture.md): the case id is fixed when the provider accepts, so
   * its staff may ask for the case before `referral.accepted` reaches this service. Then the referral service (asked
   * with the caller's own token, so it answers for the caller's agency only) tells whether that case belongs to an
   * accepted referral of the caller's agency, and the case opens now exactly as the event would open it; the event,
   * when it comes, finds it open. False when there is no such placement or the referral service cannot say.
   */
  private async caughtUp(caseId: string, principal: Principal, request: AuthenticatedRequest): Promise<boolean> {
    const placement = await this.placements.ofCase(request, caseId);
    if (!placement || placement.providerAgencyId !== principal.agencyId) return false;
    await this.cases.inTransaction((manager) => this.open(manager, placement, request.correlationId ?? null));
    return true;
  }

  /** The case of an accepted referral and its `case.opened`, once: a second opening of the same referral does nothing. */
  private async open(manager: EntityManager, placement: CasePlacement, correlationId: string | null): Promise<void> {
    const { caseId, referralId, personId, reference, providerAgencyId } = placement;
    const opened = await this.cases.openIfAbsent(manager, {
      id: caseId,
      personId,
      reference,
      referralId,
      providerAgencyId,
      status: CaseStatus.ACCEPTED,
      openedAt: this.clock.now(),
    });
    if (!opened) return;
    await this.outbox.append(manager, 'case.opened', caseId, { caseId, referralId, personId, reference, providerAgencyId }, correlationId);
  }

  /**
   * A case row holds ids, the reference, codes and dates, which the occupancy and closure statistics count, so it
   * stays (its one free text, the closure review, is emptied); the erasure is recorded on it, once (the first event's time), so staff know why the person's other
   * records no longer resolve.
   */
  recordPersonErased(manager: EntityManager, personId: string, at: string): Promise<void> {
    return this.cases.markPersonErased(manager, personId, at);
  }

  /** The person's cases for a subject access export, in the export's transaction. */
  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.cases.rowsForExport(manager, personId);
  }
}

/** Case managers and the shelter head work on every case of their shelter. */
function worksOnEveryCase(principal: Principal): boolean {
  return hasAnyRole(principal, [Role.CASE_MANAGER, Role.SHELTER_HEAD]);
}

function notVisible(): ShelterException {
  return new ShelterException(ShelterExceptionCode.NOT_VISIBLE, 'Not allowed to see this case');
}
