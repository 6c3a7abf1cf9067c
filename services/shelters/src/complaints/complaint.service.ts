import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditRecorder } from '@nrm/audit';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import { AccessDecision, AgencyType, DataCategory, LegalBasis, Role } from '@nrm/domain';
import { ApiErrorCode, domainException } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import type { SheltersConfig } from '../config';
import {
  type Complaint,
  ComplaintAddressee,
  type ComplaintReceipt,
  type LodgeComplaintInput,
  MAX_COMPLAINTS_PAGE,
  type RecordComplaintOutcomeInput,
} from './complaint.model';
import { type ComplaintAudience, ComplaintRepository, type ComplaintRow } from './complaint.repository';

/** The data category a complaint naming a person is audited under (docs/domain.md §3, "Case-management records"). */
export const COMPLAINT_CATEGORY = DataCategory.PSYCHOSOCIAL;

export enum ComplaintExceptionCode {
  /** A named complaint names its case; an anonymous one names none. */
  CASE_REQUIRED = 'CASE_REQUIRED',
  CASE_NOT_EXPECTED = 'CASE_NOT_EXPECTED',
  /** Not addressed to the caller (or no such complaint: the same answer). */
  COMPLAINT_NOT_FOUND = 'COMPLAINT_NOT_FOUND',
  OUTCOME_ALREADY_RECORDED = 'OUTCOME_ALREADY_RECORDED',
}

export class ComplaintException extends domainException('ComplaintException', {
  [ComplaintExceptionCode.CASE_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [ComplaintExceptionCode.CASE_NOT_EXPECTED]: ApiErrorCode.BAD_USER_INPUT,
  [ComplaintExceptionCode.COMPLAINT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ComplaintExceptionCode.OUTCOME_ALREADY_RECORDED]: ApiErrorCode.CONFLICT,
} satisfies Record<ComplaintExceptionCode, ApiErrorCode>) {}

const ERASED_TEXT = '[erased on request]';
const SHELTER_AGENCY_TYPES: readonly AgencyType[] = [AgencyType.SHELTER_NGO, AgencyType.SHELTER_STATE];

/**
 * Complaints (docs/domain.md §2 step 6): about any aspect, written or verbal, optionally anonymous, addressed to the
 * shelter's staff, its programme manager or the regional state social service. The shelter records them (also on the
 * person's behalf); each is read only by its addressee: one to the state social service never by the shelter's staff,
 * not even by whoever recorded it (they get a receipt without content).
 */
@Injectable()
export class ComplaintService {
  private readonly config: SheltersConfig;

  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly cases: CaseService,
    private readonly audit: AuditRecorder,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>,
  ) {
    this.config = runtime.config;
  }

  async lodge(request: AuthenticatedRequest, input: LodgeComplaintInput, principal: Principal): Promise<ComplaintReceipt> {
    if (input.anonymous && input.caseId) {
      throw new ComplaintException(ComplaintExceptionCode.CASE_NOT_EXPECTED, 'An anonymous complaint names no case', ['input.caseId']);
    }
    if (!input.anonymous && !input.caseId) {
      throw new ComplaintException(ComplaintExceptionCode.CASE_REQUIRED, 'A complaint that is not anonymous names the case of the person', ['input.caseId']);
    }
    const shelterCase = input.caseId ? await this.cases.findWritable(input.caseId, principal, request) : null;
    const agencyId = shelterCase?.providerAgencyId ?? principal.agencyId;
    const row: ComplaintRow = {
      id: randomUUID(),
      agency_id: agencyId,
      case_id: shelterCase?.id ?? null,
      person_id: shelterCase?.personId ?? null,
      anonymous: input.anonymous,
      channel: input.channel,
      addressee: input.addressee,
      state_social_service_agency_id: input.addressee === ComplaintAddressee.STATE_SOCIAL_SERVICE ? this.stateSocialServiceOf(agencyId) : null,
      aspect: input.aspect,
      description: input.description,
      lodged_by: principal.subject,
      lodged_at: this.clock.now(),
      outcome: null,
      outcome_note: null,
      outcome_recorded_by: null,
      outcome_recorded_at: null,
    };
    await this.complaints.add(row);
    return { id: row.id, addressee: row.addressee, anonymous: row.anonymous, lodgedAt: row.lodged_at };
  }

  /** The complaints addressed to the caller, newest first; a regional service's read of a named one is audited. */
  async list(request: AuthenticatedRequest, principal: Principal, first: number | null | undefined): Promise<Complaint[]> {
    const audience = audienceOf(principal);
    if (!audience) return [];
    const rows = await this.complaints.listFor(audience, Math.min(first ?? 50, MAX_COMPLAINTS_PAGE));
    await this.auditRead(request, principal, audience, rows);
    return rows.map(toComplaint);
  }

  async recordOutcome(request: AuthenticatedRequest, input: RecordComplaintOutcomeInput, principal: Principal): Promise<Complaint> {
    const audience = audienceOf(principal);
    const found = audience ? await this.complaints.findFor(audience, input.complaintId) : null;
    // Case managers read complaints to the staff; the outcome of one is the programme manager's, or the regional service's.
    const decides = found && (found.addressee !== ComplaintAddressee.STAFF || hasAnyRole(principal, [Role.SHELTER_HEAD, Role.CASE_MANAGER]));
    if (!audience || !found || !decides) throw new ComplaintException(ComplaintExceptionCode.COMPLAINT_NOT_FOUND, 'Complaint not found');
    const recorded = await this.complaints.recordOutcome(found.id, input.outcome, input.note ?? null, principal.subject, this.clock.now());
    if (!recorded) throw new ComplaintException(ComplaintExceptionCode.OUTCOME_ALREADY_RECORDED, 'The outcome of this complaint is already recorded', ['input.outcome']);
    const updated = await this.complaints.findFor(audience, found.id);
    if (!updated) throw new ComplaintException(ComplaintExceptionCode.COMPLAINT_NOT_FOUND, 'Complaint not found');
    await this.auditRead(request, principal, audience, [updated]);
    return toComplaint(updated);
  }

  erasePerson(manager: EntityManager, personId: string): Promise<void> {
    return this.complaints.redactOfPerson(manager, personId, ERASED_TEXT);
  }

  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.complaints.rowsForExport(manager, personId);
  }

  private stateSocialServiceOf(shelterAgencyId: string): string {
    return this.config.COMPLAINTS_STATE_SOCIAL_SERVICES.get(shelterAgencyId) ?? this.config.COMPLAINTS_DEFAULT_STATE_SOCIAL_SERVICE;
  }

  /**
   * The shelter reads its own records (OWNER, not logged, as every owner read); the regional social service reads a
   * named complaint on the legal mandate of the addressee, one entry per person in the request's audit batch.
   */
  private async auditRead(request: AuthenticatedRequest, principal: Principal, audience: ComplaintAudience, rows: readonly ComplaintRow[]): Promise<void> {
    if (audience.kind !== 'STATE_SOCIAL_SERVICE') return;
    for (const personId of new Set(rows.map((row) => row.person_id).filter((id): id is string => id !== null))) {
      await this.audit.record(request, {
        actor: auditActor(principal),
        correlationId: principal.correlationId,
        personId,
        categories: [COMPLAINT_CATEGORY],
        action: AuditAction.READ,
        basis: LegalBasis.LEGAL_MANDATE,
        decision: AccessDecision.ALLOWED,
        purpose: 'COMPLAINT',
      });
    }
  }
}

/**
 * Who the caller is as a reader of complaints: a regional social service receives those addressed to it; a shelter's
 * programme manager those to the staff and to the programme manager; its case managers and staff those to the staff.
 */
function audienceOf(principal: Principal): ComplaintAudience | null {
  if (principal.agencyType === AgencyType.REGIONAL_SOCIAL_SERVICE) return { kind: 'STATE_SOCIAL_SERVICE', agencyId: principal.agencyId };
  if (!SHELTER_AGENCY_TYPES.includes(principal.agencyType)) return null;
  if (hasAnyRole(principal, [Role.SHELTER_HEAD])) {
    return { kind: 'SHELTER', agencyId: principal.agencyId, addressees: [ComplaintAddressee.STAFF, ComplaintAddressee.PROGRAMME_MANAGER] };
  }
  if (hasAnyRole(principal, [Role.CASE_MANAGER, Role.SHELTER_STAFF])) return { kind: 'SHELTER', agencyId: principal.agencyId, addressees: [ComplaintAddressee.STAFF] };
  return null;
}

function toComplaint(row: ComplaintRow): Complaint {
  return {
    id: row.id,
    shelterAgencyId: row.agency_id,
    caseId: row.case_id,
    personId: row.person_id,
    anonymous: row.anonymous,
    channel: row.channel,
    addressee: row.addressee,
    aspect: row.aspect,
    description: row.description,
    lodgedAt: row.lodged_at,
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    outcomeRecordedAt: row.outcome_recorded_at,
  };
}
