import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasAnyRole, type PeerCallRequest, type Principal } from '@nrm/auth';
import type { WorkingDayCalendar } from '@nrm/calendar';
import { isUniqueViolation } from '@nrm/database';
import { AgencyType, FormalOutcome, RESPONSIBLE_AUTHORITY_ROLES, Role } from '@nrm/domain';
import { type EventEnvelope, OutboxWriter } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { Clock, LOGGER, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { FormalIdentificationConfig } from '../config';
import { IdentificationClient, type MemberFacts, type PersonFacts } from '../identification-peer/identification.client';
import { PersonLinkService } from '../person-links/person-link.service';
import type {
  ConveneFormalIdentificationGroupInput,
  RecordCriminalReportInput,
  RecordFormalIdentificationConclusionInput,
  RecordFormalInterviewInput,
  RequestFormalIdentificationInput,
} from './dto/formal-identification.inputs';
import { FormalIdentificationEntity } from './formal-identification.entity';
import { FormalIdentificationException as Refusal, FormalIdentificationExceptionCode as Code } from './formal-identification.exception';
import { type CriminalReportRow, FormalIdentificationRepository, ONE_OPEN_CONSTRAINT } from './formal-identification.repository';
import { FormalIdentificationStatus } from './formal-identification-status';

/** How many of a member's groups `myFormalIdentifications` lists (newest first). */
const MEMBER_LIST_LIMIT = 200;

/** The injection token of the working-day calendar built from HOLIDAYS. */
export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

/** What a conclusion's reasons read once the person is erased (the outcome and the dates stay for the statistics). */
export const ERASED_REASONS = '[erased on request]';

/** The agencies the police member acts for: the State Police's anti-trafficking section (docs/domain.md §1). */
const POLICE_MEMBER_AGENCY_TYPES: readonly AgencyType[] = [AgencyType.STATE_POLICE];

/**
 * Formal identification (docs/domain.md §2, "Formal identification"): the RA's request with its due date, the group's
 * convening with its composition rule, the formal interview, the conclusion, criminal reports. Each change commits
 * with its event; identification is then told synchronously with the acting user's token (the group's links, the
 * status) so the very next read shows it, the event being the durable path if that call fails.
 */
@Injectable()
export class FormalIdentificationService {
  private readonly config: FormalIdentificationConfig;

  constructor(
    private readonly formalIdentifications: FormalIdentificationRepository,
    private readonly identification: IdentificationClient,
    private readonly links: PersonLinkService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<FormalIdentificationConfig>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.config = runtime.config;
  }

  /**
   * The RA requests the person's formal identification. An adult opts in by a signed statement of willingness; a
   * child's case proceeds with the child protection worker (no statement asked). A repeated request while one is open
   * answers the open one, unchanged. An alias id (docs/domain.md, "Linked records") requests the canonical person's:
   * identification answers the canonical person's facts at once, this service's own link table once `person.linked`
   * landed; an open one under either record is the open one.
   */
  async request(input: RequestFormalIdentificationInput, principal: Principal, request: PeerCallRequest): Promise<FormalIdentificationEntity> {
    const person = await this.identification.personFacts(request, await this.links.canonicalId(input.personId));
    if (!person) throw new Refusal(Code.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
    const personId = person.personId.toLowerCase();
    if (!person.isChild && input.statementOfWillingness !== true) {
      throw new Refusal(
        Code.STATEMENT_OF_WILLINGNESS_REQUIRED,
        "An adult's formal identification needs the signed statement of willingness: statementOfWillingness must be true",
        ['input.statementOfWillingness'],
      );
    }
    let created: FormalIdentificationEntity | null;
    try {
      created = await this.formalIdentifications.inTransaction(async (manager) => {
        if (await this.formalIdentifications.findOpen(manager, await this.recordIds(personId, manager))) return null;
        return this.recordRequest(manager, person, principal);
      });
    } catch (error) {
      // A concurrent request opened one first: answer that one.
      if (!isUniqueViolation(error, ONE_OPEN_CONSTRAINT)) throw error;
      created = null;
    }
    if (!created) return this.openOf(personId);
    await this.tellIdentification(created, () =>
      this.identification.requested(request, { formalIdentificationId: created.id, personId, requestedAt: created.requestedAt.toISOString() }),
    );
    return created;
  }

  private async recordRequest(
    manager: EntityManager,
    person: PersonFacts,
    principal: Principal,
  ): Promise<FormalIdentificationEntity> {
    const requestedAt = this.clock.now();
    const row = Object.assign(new FormalIdentificationEntity(), {
      id: randomUUID(),
      personId: person.personId,
      status: FormalIdentificationStatus.REQUESTED,
      requestedByAgencyId: principal.agencyId,
      requestedBy: principal.subject,
      statementOfWillingness: person.isChild ? null : true,
      requestedAt,
      policeMemberId: null,
      socialMemberId: null,
      scheduledAt: null,
      outcome: null,
      concludedAt: null,
      personReference: person.reference,
      isChild: person.isChild,
      dueAt: this.calendar.workingDaysDeadline(requestedAt, this.config.FORMAL_ID_CONVENE_WORKING_DAYS),
      policeMemberAgencyId: null,
      socialMemberAgencyId: null,
      socialMemberRole: null,
      convenedBy: null,
      convenedAt: null,
      interviewStartedAt: null,
      interviewEndedAt: null,
      reasons: null,
      concludedBy: null,
    } satisfies FormalIdentificationEntity);
    await this.formalIdentifications.insert(manager, row);
    await this.outbox.append(
      manager,
      'formal_identification.requested',
      row.id,
      {
        formalIdentificationId: row.id,
        personId: row.personId,
        reference: person.reference,
        isChild: person.isChild,
        requestedAt: requestedAt.toISOString(),
        dueAt: (row.dueAt as Date).toISOString(),
      },
      principal.correlationId,
    );
    return row;
  }

  private async openOf(personId: string): Promise<FormalIdentificationEntity> {
    const open = await this.formalIdentifications.inTransaction(async (manager) => this.formalIdentifications.findOpen(manager, await this.recordIds(personId, manager)));
    if (!open) throw new Error('an open formal identification vanished between two reads');
    return open;
  }

  /**
   * The RA convenes the group: exactly one formal_id_police member of the State Police and one social member — the
   * child protection worker of the child's unit for a child, a formal_id_social member of a regional social service
   * for an adult. Anything else is BAD_USER_INPUT naming the member. Convening twice is CONFLICT.
   */
  async convene(input: ConveneFormalIdentificationGroupInput, principal: Principal, request: PeerCallRequest): Promise<FormalIdentificationEntity> {
    const id = input.formalIdentificationId.toLowerCase();
    const current = await this.formalIdentifications.findById(id);
    if (!current) throw new Refusal(Code.FORMAL_IDENTIFICATION_NOT_FOUND, 'Formal identification not found', ['input.formalIdentificationId']);
    this.assertNotConvened(current);
    const person = await this.identification.personFacts(request, current.personId);
    if (!person) throw new Refusal(Code.PERSON_NOT_FOUND, 'Person not found').about(current.personId);
    const police = await this.identification.member(request, input.policeMemberId);
    if (!police || !isPoliceMember(police)) {
      throw new Refusal(Code.WRONG_POLICE_MEMBER, 'policeMemberId must be a formal_id_police user of the State Police from the directory', ['input.policeMemberId']);
    }
    const social = await this.identification.member(request, input.socialMemberId);
    const socialRole = person.isChild ? Role.CHILD_PROTECTION_WORKER : Role.FORMAL_ID_SOCIAL;
    // Two members, two people: one account holding both roles cannot fill both seats.
    if (!social || social.id === police.id || !isSocialMember(social, person)) {
      throw new Refusal(
        Code.WRONG_SOCIAL_MEMBER,
        person.isChild
          ? "socialMemberId must be a child_protection_worker of the child's child protection unit from the directory"
          : 'socialMemberId must be a formal_id_social user of a regional social service from the directory',
        ['input.socialMemberId'],
      );
    }
    if (input.scheduledAt.getTime() < current.requestedAt.getTime()) {
      throw new Refusal(Code.SCHEDULED_BEFORE_REQUEST, 'scheduledAt must not be before the request', ['input.scheduledAt']);
    }

    const convened = await this.formalIdentifications.inTransaction(async (manager) => {
      const row = await this.formalIdentifications.findForUpdate(manager, id);
      if (!row) throw new Error('a formal identification vanished under its lock');
      this.assertNotConvened(row);
      Object.assign(row, {
        status: FormalIdentificationStatus.GROUP_CONVENED,
        policeMemberId: police.id,
        policeMemberAgencyId: police.agencyId,
        socialMemberId: social.id,
        socialMemberAgencyId: social.agencyId,
        socialMemberRole: socialRole,
        scheduledAt: input.scheduledAt,
        convenedBy: principal.subject,
        convenedAt: this.clock.now(),
      });
      await this.formalIdentifications.save(manager, row);
      await this.outbox.append(
        manager,
        'formal_identification.convened',
        row.id,
        {
          formalIdentificationId: row.id,
          personId: row.personId,
          reference: person.reference,
          requestedAt: row.requestedAt.toISOString(),
          scheduledAt: input.scheduledAt.toISOString(),
          members: [
            { agencyId: police.agencyId as string, role: Role.FORMAL_ID_POLICE },
            { agencyId: social.agencyId as string, role: socialRole },
          ],
        },
        principal.correlationId,
      );
      return row;
    });
    await this.tellIdentification(convened, () =>
      this.identification.convened(request, { formalIdentificationId: convened.id, personId: convened.personId, agencyIds: memberAgencies(convened) }),
    );
    return convened;
  }

  private assertNotConvened(row: FormalIdentificationEntity): void {
    if (row.status === FormalIdentificationStatus.CONCLUDED) throw new Refusal(Code.ALREADY_CONCLUDED, 'The formal identification is concluded');
    if (row.status !== FormalIdentificationStatus.REQUESTED) throw new Refusal(Code.ALREADY_CONVENED, 'The group is already convened');
  }

  /**
   * A member records the formal interview: its start, then (or at once) its end. A criminal report taken inside the
   * interview's span refuses it (CONFLICT): the two never share a sitting.
   */
  async recordInterview(input: RecordFormalInterviewInput, principal: Principal): Promise<FormalIdentificationEntity> {
    const endedAt = input.endedAt ?? null;
    if (endedAt && endedAt.getTime() <= input.startedAt.getTime()) {
      throw new Refusal(Code.INTERVIEW_TIMES, 'endedAt must be after startedAt', ['input.endedAt']);
    }
    const now = this.clock.now();
    if (input.startedAt.getTime() > now.getTime() || (endedAt && endedAt.getTime() > now.getTime())) {
      throw new Refusal(Code.INTERVIEW_TIMES, 'An interview is recorded once it has started: times must not be in the future', [
        input.startedAt.getTime() > now.getTime() ? 'input.startedAt' : 'input.endedAt',
      ]);
    }
    return this.formalIdentifications.inTransaction(async (manager) => {
      const row = await this.memberRowForUpdate(manager, input.formalIdentificationId, principal);
      if (row.status === FormalIdentificationStatus.CONCLUDED) throw new Refusal(Code.ALREADY_CONCLUDED, 'The formal identification is concluded');
      if (row.interviewEndedAt) throw new Refusal(Code.INTERVIEW_ALREADY_ENDED, 'The formal interview is already recorded with its end');
      await this.formalIdentifications.lockPerson(manager, row.personId);
      if (await this.formalIdentifications.criminalReportBetween(manager, row.personId, input.startedAt, endedAt)) {
        throw new Refusal(Code.CRIMINAL_REPORT_IN_INTERVIEW, 'A criminal report was taken within these times: the formal interview is never the same sitting');
      }
      row.interviewStartedAt = input.startedAt;
      row.interviewEndedAt = endedAt;
      await this.formalIdentifications.save(manager, row);
      return row;
    });
  }

  /**
   * A member of the group concludes: VICTIM or NOT_VICTIM with reasons, once the formal interview is recorded with its
   * end. The person's status follows; the group's links end. NOT_VICTIM closes nothing else (docs/domain.md §2).
   */
  async conclude(input: RecordFormalIdentificationConclusionInput, principal: Principal, request: PeerCallRequest): Promise<FormalIdentificationEntity> {
    const reasons = input.reasons.trim();
    if (reasons.length === 0) throw new Refusal(Code.REASONS_REQUIRED, 'reasons must say why the group concluded so', ['input.reasons']);
    const concluded = await this.formalIdentifications.inTransaction(async (manager) => {
      const row = await this.memberRowForUpdate(manager, input.formalIdentificationId, principal);
      if (row.status === FormalIdentificationStatus.CONCLUDED) throw new Refusal(Code.ALREADY_CONCLUDED, 'The formal identification is already concluded');
      if (!row.interviewStartedAt || !row.interviewEndedAt) {
        throw new Refusal(Code.INTERVIEW_NOT_RECORDED, 'The formal interview must be recorded, with its end, before the conclusion');
      }
      Object.assign(row, {
        status: FormalIdentificationStatus.CONCLUDED,
        outcome: input.outcome,
        reasons,
        concludedAt: this.clock.now(),
        concludedBy: principal.subject,
      });
      await this.formalIdentifications.save(manager, row);
      await this.outbox.append(
        manager,
        'formal_identification.concluded',
        row.id,
        {
          formalIdentificationId: row.id,
          personId: row.personId,
          reference: row.personReference ?? '',
          requestedAt: row.requestedAt.toISOString(),
          outcome: input.outcome === FormalOutcome.VICTIM ? 'VICTIM' : 'NOT_VICTIM',
          memberAgencyIds: memberAgencies(row),
        },
        principal.correlationId,
      );
      return row;
    });
    await this.tellIdentification(concluded, () =>
      this.identification.concluded(request, {
        formalIdentificationId: concluded.id,
        personId: concluded.personId,
        agencyIds: memberAgencies(concluded),
        requestedAt: concluded.requestedAt.toISOString(),
        outcome: concluded.outcome as string,
      }),
    );
    return concluded;
  }

  /**
   * The police member records that a criminal report was taken (its own event). Never inside a formal interview of the
   * person: a report time within an interview's recorded start and end — or after the start of one still under way —
   * is CONFLICT.
   */
  async recordCriminalReport(input: RecordCriminalReportInput, principal: Principal): Promise<CriminalReportRow> {
    const now = this.clock.now();
    if (input.reportedAt.getTime() > now.getTime()) throw new Refusal(Code.REPORT_IN_FUTURE, 'reportedAt must not be in the future', ['input.reportedAt']);
    return this.formalIdentifications.inTransaction(async (manager) => {
      const row = await this.memberRowForUpdate(manager, input.formalIdentificationId, principal);
      if (row.policeMemberId !== principal.subject) {
        throw new Refusal(Code.NOT_A_MEMBER, "Only the group's police member records a criminal report").about(row.personId);
      }
      await this.formalIdentifications.lockPerson(manager, row.personId);
      if ((await this.formalIdentifications.interviewSpans(manager, row.personId, input.reportedAt)) || (await this.formalIdentifications.interviewSpans(manager, row.personId, now))) {
        throw new Refusal(Code.CRIMINAL_REPORT_IN_INTERVIEW, 'A criminal report is never taken during the formal interview');
      }
      const report: CriminalReportRow = {
        id: randomUUID(),
        formalIdentificationId: row.id,
        personId: row.personId,
        reportedAt: input.reportedAt,
        recordedBy: principal.subject,
        recordedByAgencyId: principal.agencyId,
        recordedAt: now,
      };
      await this.formalIdentifications.addCriminalReport(manager, report);
      await this.outbox.append(
        manager,
        'criminal_report.recorded',
        report.id,
        { criminalReportId: report.id, formalIdentificationId: row.id, personId: row.personId, reference: row.personReference ?? '' },
        principal.correlationId,
      );
      return report;
    });
  }

  /**
   * The row locked, when the caller sits in its group. An unknown id is answered like someone else's group, so a
   * member learns nothing of the groups they are not in.
   */
  private async memberRowForUpdate(manager: EntityManager, id: string, principal: Principal): Promise<FormalIdentificationEntity> {
    const row = await this.formalIdentifications.findForUpdate(manager, id.toLowerCase());
    if (!row) throw new Refusal(Code.NOT_A_MEMBER, 'Only a member of the formal identification group may do this');
    if (row.policeMemberId !== principal.subject && row.socialMemberId !== principal.subject) {
      throw new Refusal(Code.NOT_A_MEMBER, 'Only a member of the formal identification group may do this').about(row.personId);
    }
    return row;
  }

  /**
   * The RA sees every formal identification of the person; a group member (police, social service or child
   * protection worker) only those whose group they sit in. Either id of linked records lists those of both
   * (docs/domain.md, "Linked records"): each keeps the `personId` it was made for.
   */
  async listOfPerson(personId: string, principal: Principal): Promise<FormalIdentificationEntity[]> {
    const seesAll = hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES);
    return this.formalIdentifications.listOfPersons(await this.links.recordIds(personId), seesAll ? null : principal.subject);
  }

  /** The groups the caller sits in, newest first: how a member finds the requests that are theirs (the portal's list). */
  listOfMember(principal: Principal): Promise<FormalIdentificationEntity[]> {
    return this.formalIdentifications.listOfMember(principal.subject, MEMBER_LIST_LIMIT);
  }

  /**
   * One formal identification: the RA sees any; a member only one whose group they sit in. A member gets the same
   * FORBIDDEN for someone else's group as for an unknown id, so they learn nothing of the groups they are not in.
   */
  async findVisible(id: string, principal: Principal): Promise<FormalIdentificationEntity> {
    const row = await this.formalIdentifications.findById(id.toLowerCase());
    if (hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES)) {
      if (!row) throw new Refusal(Code.FORMAL_IDENTIFICATION_NOT_FOUND, 'No formal identification with this id');
      return row;
    }
    if (!row || (row.policeMemberId !== principal.subject && row.socialMemberId !== principal.subject)) {
      throw new Refusal(Code.NOT_A_MEMBER, 'Only a member of the formal identification group may read it');
    }
    return row;
  }

  /** The records a subject access export of the person covers: its own, and its aliases' when it is canonical. */
  exportIds(personId: string, manager: EntityManager): Promise<string[]> {
    return this.links.exportIds(personId, manager);
  }

  /** The canonical id of a linked record, or the id itself (lower-cased). */
  canonicalId(personId: string): Promise<string> {
    return this.links.canonicalId(personId);
  }

  /** Every record id of the person `personId` stands for (the canonical id first, then its aliases). */
  recordIds(personId: string, manager?: EntityManager): Promise<string[]> {
    return this.links.recordIds(personId, manager);
  }

  /** The RA linked two records of one person: the alias id resolves to the canonical one from now on. */
  recordLink(event: EventEnvelope<'person.linked'>, manager: EntityManager): Promise<void> {
    return this.links.recordLink(event, manager);
  }

  criminalReportsOf(formalIdentificationId: string): Promise<CriminalReportRow[]> {
    return this.formalIdentifications.criminalReportsOf(formalIdentificationId);
  }

  /**
   * The person's formal identifications and criminal reports for a subject access export, in the export's
   * transaction: those of its linked records too, each row keeping the `person_id` it was made for.
   */
  async exportOfPerson(manager: EntityManager, personId: string): Promise<Record<string, Array<Record<string, unknown>>>> {
    return this.formalIdentifications.rowsForExport(manager, await this.links.exportIds(personId, manager));
  }

  /**
   * The person's data was erased on request (docs/person-rights.md): the conclusions' reasons, free text that can
   * describe the person, are redacted; outcomes, dates and criminal-report times stay. Idempotent.
   */
  erasePerson(event: EventEnvelope<'person.erased'>, manager: EntityManager): Promise<void> {
    return this.formalIdentifications.redactReasons(manager, event.payload.personId, ERASED_REASONS);
  }

  /** Whether the person (any of its linked records) has a formal identification not yet concluded (no removal meanwhile). */
  async isPending(personId: string): Promise<boolean> {
    const open = await this.formalIdentifications.inTransaction(async (manager) => this.formalIdentifications.findOpen(manager, await this.recordIds(personId, manager)));
    return open !== null;
  }

  /** Identification is told at once; if it cannot be, the committed event makes the same change shortly. */
  private async tellIdentification(row: FormalIdentificationEntity, call: () => Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      const cause = error instanceof Error ? error.message : 'unknown';
      this.logger.warn({ formalIdentificationId: row.id, cause }, 'identification not told synchronously; the event will carry the change');
    }
  }
}

function isPoliceMember(member: MemberFacts): boolean {
  return member.roles.includes(Role.FORMAL_ID_POLICE) && member.agencyId !== null && member.agencyType !== null && POLICE_MEMBER_AGENCY_TYPES.includes(member.agencyType);
}

/** A child: a child protection worker of the unit holding the child's mandate. An adult: a regional social service's formal_id_social. */
function isSocialMember(member: MemberFacts, person: PersonFacts): boolean {
  if (member.agencyId === null) return false;
  if (person.isChild) {
    return member.roles.includes(Role.CHILD_PROTECTION_WORKER) && member.agencyType === AgencyType.CHILD_PROTECTION_UNIT && person.childProtectionUnitIds.includes(member.agencyId);
  }
  return member.roles.includes(Role.FORMAL_ID_SOCIAL) && member.agencyType === AgencyType.REGIONAL_SOCIAL_SERVICE;
}

/** The member agencies of a convened group, each once. */
function memberAgencies(row: FormalIdentificationEntity): string[] {
  return [...new Set([row.policeMemberAgencyId, row.socialMemberAgencyId].filter((id): id is string => id !== null))];
}
