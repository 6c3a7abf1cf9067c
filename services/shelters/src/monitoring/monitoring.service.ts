import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { addMinutes } from 'date-fns/addMinutes';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { CasePhase, DataCategory } from '@nrm/domain';
import { ApiErrorCode, domainException } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import type { SheltersConfig } from '../config';
import { ShelterRecordAccessService } from '../records/shelter-record-access.service';
import type { MonitoringContact, MonitoringContactRecorded, RecordMonitoringContactInput } from './monitoring.model';
import { monitoringDueAfter } from '../cases/monitoring-cadence';
import { type MonitoringContactRow, MonitoringRepository } from './monitoring.repository';

/** The data category monitoring contacts are served under (docs/domain.md §3, "Case-management records"). */
export const MONITORING_CATEGORY = DataCategory.PSYCHOSOCIAL;

export enum MonitoringExceptionCode {
  /** contactedAt lies in the future, or before the case was opened. */
  BAD_CONTACT_TIME = 'BAD_CONTACT_TIME',
}

export class MonitoringException extends domainException('MonitoringException', {
  [MonitoringExceptionCode.BAD_CONTACT_TIME]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<MonitoringExceptionCode, ApiErrorCode>) {}

/** A small allowance for clocks of the devices contacts are typed on. */
const FUTURE_TOLERANCE_MINUTES = 5;

/**
 * Monitoring contacts (docs/domain.md §2 step 7): visits, calls and office meetings with the person, the areas each
 * covered, and the next contact due by the case's phase and the configured cadence. Written by the case's shelter on an
 * open case; read through the access policy as PSYCHOSOCIAL records.
 */
@Injectable()
export class MonitoringService {
  private readonly config: SheltersConfig;

  constructor(
    private readonly contacts: MonitoringRepository,
    private readonly cases: CaseService,
    private readonly access: ShelterRecordAccessService,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>,
  ) {
    this.config = runtime.config;
  }

  async record(request: AuthenticatedRequest, input: RecordMonitoringContactInput, principal: Principal): Promise<MonitoringContactRecorded> {
    const shelterCase = await this.cases.findWritable(input.caseId, principal, request);
    const now = this.clock.now();
    const contactedAt = input.contactedAt ? new Date(input.contactedAt) : now;
    if (contactedAt > addMinutes(now, FUTURE_TOLERANCE_MINUTES) || contactedAt < shelterCase.openedAt) {
      throw new MonitoringException(
        MonitoringExceptionCode.BAD_CONTACT_TIME,
        'contactedAt is when the contact took place: not in the future, not before the case was opened',
        ['input.contactedAt'],
      );
    }
    const row: MonitoringContactRow = {
      id: randomUUID(),
      case_id: shelterCase.id,
      person_id: shelterCase.personId,
      agency_id: shelterCase.providerAgencyId,
      mode: input.mode,
      areas: [...new Set(input.areas)],
      notes: input.notes ?? null,
      contacted_at: contactedAt,
      phase: shelterCase.phase,
      recorded_by: principal.subject,
      recorded_at: now,
    };
    const phase = shelterCase.phase;
    const { nextContactDueAt } = await this.contacts.add(
      row,
      { reference: shelterCase.reference, nextDueAfter: (latest) => (phase ? this.dueAfter(latest, phase) : null) },
      principal.correlationId,
    );
    return { contact: toContact(row), nextContactDueAt };
  }

  /**
   * When the next contact is due: the latest contact plus the cadence of the case's current phase, so a change of
   * phase moves the due date at once. Null before the case has a phase or its first contact.
   */
  async nextDue(caseId: string, phase: CasePhase | null): Promise<Date | null> {
    if (!phase) return null;
    const latest = await this.contacts.latestContactOf(caseId);
    return latest ? this.dueAfter(latest, phase) : null;
  }

  dueAfter(contactedAt: Date, phase: CasePhase): Date {
    return monitoringDueAfter(contactedAt, phase, this.config);
  }

  async ofPerson(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<MonitoringContact[]> {
    const owners = await this.access.allowedOwners(request, principal, personId, MONITORING_CATEGORY);
    if (owners.length === 0) return [];
    return (await this.contacts.ofPerson(personId, owners)).map(toContact);
  }

  erasePerson(manager: EntityManager, personId: string): Promise<void> {
    return this.contacts.redactOfPerson(manager, personId);
  }

  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.contacts.rowsForExport(manager, personId);
  }
}

function toContact(row: MonitoringContactRow): MonitoringContact {
  return {
    id: row.id,
    caseId: row.case_id,
    mode: row.mode,
    areas: row.areas,
    notes: row.notes,
    contactedAt: row.contacted_at,
    phase: row.phase,
    recordedAt: row.recorded_at,
    recordedByAgencyId: row.agency_id,
  };
}
