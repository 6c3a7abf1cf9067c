import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RA_MANDATE_ROLES } from '@nrm/access-policy';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import { DataCategory, Role } from '@nrm/domain';
import { WorkingDayCalendar } from '@nrm/calendar';
import { type EventPayloads, OutboxWriter } from '@nrm/events';
import { Clock } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import { IdentificationFactsClient } from '../records/identification-facts.client';
import { ShelterRecordAccessService } from '../records/shelter-record-access.service';
import type { PlanPdfLanguage } from './plan-pdf.labels';
import { PLAN_PDF_CONTENT_TYPE, planPdfFilename, renderPlanPdf } from './plan-pdf.renderer';
import { ReintegrationException, ReintegrationExceptionCode } from './reintegration.exception';
import {
  type PlanObjective,
  PlanResponsibleKind,
  PlanSignatory,
  PlanVersionStatus,
  type ReintegrationPlanPdf,
  type ReintegrationPlanVersion,
  type SaveReintegrationPlanInput,
  type SignReintegrationPlanInput,
} from './reintegration-plan.model';
import { type PlanVersionRow, ReintegrationPlanRepository, type SignatureColumn } from './reintegration-plan.repository';

/** The data category a reintegration plan is served under (docs/domain.md §3, "Case-management records"). */
export const PLAN_CATEGORY = DataCategory.PSYCHOSOCIAL;

const SIGNATURE_OF: Readonly<Record<PlanSignatory, SignatureColumn>> = {
  [PlanSignatory.PERSON]: 'person_signed_at',
  [PlanSignatory.CASE_MANAGER]: 'case_manager_signed_at',
  [PlanSignatory.GUARDIAN]: 'guardian_signed_at',
};

/**
 * The reintegration plan (docs/domain.md §2 step 5): objectives by area, each with actions, the person responsible,
 * a review date and an indicator of success. A version with any signature is locked; saving then makes the next
 * version, and every version stays readable. Written by the case's own shelter on an open case; read through the
 * access policy as a PSYCHOSOCIAL record.
 */
@Injectable()
export class ReintegrationPlanService {
  constructor(
    private readonly plans: ReintegrationPlanRepository,
    private readonly cases: CaseService,
    private readonly facts: IdentificationFactsClient,
    private readonly access: ShelterRecordAccessService,
    private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  async save(request: AuthenticatedRequest, input: SaveReintegrationPlanInput, principal: Principal): Promise<ReintegrationPlanVersion> {
    const objectives = validObjectives(input);
    const shelterCase = await this.cases.findWritable(input.caseId, principal, request);
    // Whether a parent or guardian must sign: identification's access facts say whether the person is a child.
    const { isChild } = await this.facts.factsFor(request, shelterCase.personId);
    const now = this.clock.now();
    const row = await this.plans.inTransaction(async (manager) => {
      const latest = await this.plans.latestForUpdate(manager, shelterCase.id);
      if (latest && !hasAnySignature(latest)) {
        await this.plans.updateDraft(manager, latest.id, objectives, isChild, now);
        return this.plans.byId(manager, latest.id);
      }
      const id = randomUUID();
      await this.plans.insert(manager, {
        id,
        case_id: shelterCase.id,
        person_id: shelterCase.personId,
        agency_id: shelterCase.providerAgencyId,
        version: (latest?.version ?? 0) + 1,
        objectives,
        guardian_required: isChild,
        person_signed_at: null,
        case_manager_signed_at: null,
        case_manager_signed_by: null,
        guardian_signed_at: null,
        signed_at: null,
        created_by: principal.subject,
        created_at: now,
        updated_at: now,
      });
      return this.plans.byId(manager, id);
    });
    return toVersion(row);
  }

  /**
   * Records one signature on the latest version. The case manager signs as themselves; the person's and the guardian's
   * signatures are recorded by the case manager who witnessed them. The last required signature makes it SIGNED.
   */
  async sign(request: AuthenticatedRequest, input: SignReintegrationPlanInput, principal: Principal): Promise<ReintegrationPlanVersion> {
    if (input.signatory === PlanSignatory.CASE_MANAGER && !hasAnyRole(principal, [Role.CASE_MANAGER])) {
      throw new ReintegrationException(ReintegrationExceptionCode.NOT_A_CASE_MANAGER, 'Only a case manager signs as the case manager', ['input.signatory']);
    }
    const shelterCase = await this.cases.findWritable(input.caseId, principal, request);
    const now = this.clock.now();
    const row = await this.plans.inTransaction(async (manager: EntityManager) => {
      const latest = await this.plans.latestForUpdate(manager, shelterCase.id);
      if (!latest) throw new ReintegrationException(ReintegrationExceptionCode.NO_PLAN, 'No reintegration plan has been saved for this case');
      if (latest.version !== input.version) {
        throw new ReintegrationException(
          ReintegrationExceptionCode.NOT_LATEST_VERSION,
          `Only the latest version of the plan can be signed: version ${latest.version}`,
          ['input.version'],
        );
      }
      if (input.signatory === PlanSignatory.GUARDIAN && !latest.guardian_required) {
        throw new ReintegrationException(
          ReintegrationExceptionCode.GUARDIAN_NOT_EXPECTED,
          'A parent or guardian signs the plan of a child only: expected PERSON or CASE_MANAGER',
          ['input.signatory'],
        );
      }
      const column = SIGNATURE_OF[input.signatory];
      if (latest[column]) throw new ReintegrationException(ReintegrationExceptionCode.ALREADY_SIGNED, `Already signed by the ${input.signatory}`, ['input.signatory']);
      await this.plans.sign(manager, latest.id, column, now, input.signatory === PlanSignatory.CASE_MANAGER ? principal.subject : null);
      const signed = await this.plans.byId(manager, latest.id);
      if (statusOf(signed) === PlanVersionStatus.SIGNED) {
        await this.plans.markSigned(manager, latest.id, now);
        await this.outbox.append(manager, 'reintegration_plan.signed', latest.id, signedEvent(signed, shelterCase.reference), principal.correlationId);
      }
      return this.plans.byId(manager, latest.id);
    });
    return toVersion(row);
  }

  /** Every version of the person's plans the caller may read (PSYCHOSOCIAL, audited by the access policy). */
  async ofPerson(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<ReintegrationPlanVersion[]> {
    const owners = await this.access.allowedOwners(request, principal, personId, PLAN_CATEGORY);
    if (owners.length === 0) return [];
    return (await this.plans.ofPerson(personId, owners)).map(toVersion);
  }

  /**
   * One version of a plan as a PDF to print (docs/api.md, "Reintegration plan"). Printed by exactly those who may
   * read it: the access policy decides the plan's shelter's PSYCHOSOCIAL records of the person and audits the read as
   * a read of the plan; the plan's own shelter also only while it holds the case (open) and only for those who work on
   * it (shelter_staff on its team). An unknown id, another agency's plan the caller is not linked to and a closed
   * case's plan get the same FORBIDDEN (NOT_FOUND for an unknown id to the RA roles). The document carries the case
   * reference, never the person's name.
   */
  async pdf(request: AuthenticatedRequest, principal: Principal, planId: string, language: PlanPdfLanguage): Promise<ReintegrationPlanPdf> {
    const row = await this.plans.printableById(planId);
    if (!row) {
      // The RA's mandate covers every person: for it existence is no secret (docs/entry-points.md, "An id is no oracle").
      if (hasAnyRole(principal, RA_MANDATE_ROLES)) throw new ReintegrationException(ReintegrationExceptionCode.PLAN_NOT_FOUND, 'Reintegration plan not found', ['planId']);
      // Anyone else is answered as for a plan of a person its agency is not linked to; no person behind an unknown id,
      // so the denial is written without one (DenialAuditor).
      throw await this.access.denied(request, principal, planId, PLAN_CATEGORY);
    }
    const ownShelter = row.agency_id === principal.agencyId;
    const shelterCase = { providerAgencyId: row.case_provider_agency_id, teamMemberIds: row.case_team_member_ids, status: row.case_status };
    if (ownShelter && !(this.cases.isOpen(shelterCase) && this.cases.worksOn(shelterCase, principal))) {
      throw await this.access.denied(request, principal, row.person_id, PLAN_CATEGORY);
    }
    await this.access.assertMayReadOwner(request, principal, row.person_id, PLAN_CATEGORY, row.agency_id);
    const version = toVersion(row);
    const pdf = await renderPlanPdf(
      { caseReference: row.case_reference, plan: version },
      { language, generatedAt: this.clock.now(), generatedBy: principal.username },
    );
    return { filename: planPdfFilename(row.case_reference, version.version), contentType: PLAN_PDF_CONTENT_TYPE, base64: pdf.toString('base64') };
  }

  erasePerson(manager: EntityManager, personId: string): Promise<void> {
    return this.plans.redactOfPerson(manager, personId);
  }

  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.plans.rowsForExport(manager, personId);
  }
}

/** The objectives as stored: codes checked, one entry per area, a team member named by id and the person by none. */
function validObjectives(input: SaveReintegrationPlanInput): PlanObjective[] {
  const areas = new Set<string>();
  return input.objectives.map((objective, index) => {
    if (areas.has(objective.area)) {
      throw new ReintegrationException(
        ReintegrationExceptionCode.DUPLICATE_AREA,
        `One objective per area: ${objective.area} appears twice`,
        [`input.objectives.${index}.area`],
      );
    }
    areas.add(objective.area);
    return {
      area: objective.area,
      objective: objective.objective,
      actions: objective.actions.map((action, actionIndex) => {
        const teamMember = action.responsible === PlanResponsibleKind.TEAM_MEMBER;
        if (teamMember !== Boolean(action.responsibleUserId)) {
          throw new ReintegrationException(
            ReintegrationExceptionCode.BAD_RESPONSIBLE,
            teamMember ? 'A TEAM_MEMBER action names the team member by user id' : 'A PERSON action names no user id',
            [`input.objectives.${index}.actions.${actionIndex}.responsibleUserId`],
          );
        }
        return {
          description: action.description,
          responsible: action.responsible,
          responsibleUserId: teamMember ? (action.responsibleUserId ?? '').toLowerCase() : null,
          reviewDate: action.reviewDate,
          successIndicator: action.successIndicator,
        };
      }),
    };
  });
}

function hasAnySignature(row: PlanVersionRow): boolean {
  return Boolean(row.person_signed_at ?? row.case_manager_signed_at ?? row.guardian_signed_at);
}

function statusOf(row: PlanVersionRow): PlanVersionStatus {
  const complete = Boolean(row.person_signed_at && row.case_manager_signed_at && (!row.guardian_required || row.guardian_signed_at));
  if (complete) return PlanVersionStatus.SIGNED;
  return hasAnySignature(row) ? PlanVersionStatus.AWAITING_SIGNATURES : PlanVersionStatus.DRAFT;
}

function toVersion(row: PlanVersionRow): ReintegrationPlanVersion {
  return {
    id: row.id,
    caseId: row.case_id,
    version: row.version,
    status: statusOf(row),
    objectives: row.objectives,
    guardianRequired: row.guardian_required,
    personSignedAt: row.person_signed_at,
    caseManagerSignedAt: row.case_manager_signed_at,
    guardianSignedAt: row.guardian_signed_at,
    signedAt: row.signed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    recordedByAgencyId: row.agency_id,
  };
}

/** Only the day's end in Tirana is read from it: no holidays needed. */
const TIRANA_DAYS = new WorkingDayCalendar([]);

/**
 * The event of a version that became SIGNED: each action's review date as the end of that day in Tirana, and who is
 * responsible. Ids, dates and the team member's id only: never the plan's text.
 */
function signedEvent(version: PlanVersionRow, reference: string): EventPayloads['reintegration_plan.signed'] {
  return {
    planId: version.id,
    caseId: version.case_id,
    personId: version.person_id,
    reference,
    providerAgencyId: version.agency_id,
    version: version.version,
    actions: version.objectives.flatMap((objective, objectiveIndex) =>
      objective.actions.map((action, actionIndex) => ({
        actionId: actionIdOf(version.id, objectiveIndex, actionIndex),
        reviewDueAt: TIRANA_DAYS.endOfDay(action.reviewDate).toISOString(),
        responsibleUserId: action.responsible === PlanResponsibleKind.TEAM_MEMBER ? action.responsibleUserId : null,
      })),
    ),
  };
}

/** A stable id of an action of a version (a version's actions never change once signed). */
function actionIdOf(planId: string, objectiveIndex: number, actionIndex: number): string {
  const hex = createHash('sha256').update(`${planId}:${objectiveIndex}:${actionIndex}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
