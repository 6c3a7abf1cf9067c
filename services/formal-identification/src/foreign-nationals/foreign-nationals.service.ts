import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { addMonths } from 'date-fns/addMonths';
import type { EntityManager } from 'typeorm';
import type { PeerCallRequest, Principal } from '@nrm/auth';
import type { WorkingDayCalendar } from '@nrm/calendar';
import { OutboxWriter } from '@nrm/events';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { FormalIdentificationConfig } from '../config';
import { FormalIdentificationService, WORKING_DAY_CALENDAR } from '../formal-identification/formal-identification.service';
import { IdentificationClient, type PersonFacts } from '../identification-peer/identification.client';
import type { RecordResidencePermitInput, StartReflectionPeriodInput } from './dto/foreign-nationals.inputs';
import { ForeignNationalsException as Refusal, ForeignNationalsExceptionCode as Code } from './foreign-nationals.exception';
import type { RemovalProtection } from './foreign-nationals.model';
import { ForeignNationalsRepository, type ReflectionPeriodRow, type ResidencePermitRow } from './foreign-nationals.repository';
import { ResidencePermitType } from './residence-permit-type';

/** A type A permit lasts three months (docs/domain.md §2). */
const TYPE_A_MONTHS = 3;

/**
 * A foreign national's protection while the NRM runs (docs/domain.md §2, "Foreign nationals"): the recovery and
 * reflection period, residence permits A and B, and whether the person may be removed now. The RA records them; the
 * person's nationality comes from identification, never from the client.
 */
@Injectable()
export class ForeignNationalsService {
  private readonly config: FormalIdentificationConfig;

  constructor(
    private readonly foreign: ForeignNationalsRepository,
    private readonly formalIdentifications: FormalIdentificationService,
    private readonly identification: IdentificationClient,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<FormalIdentificationConfig>,
  ) {
    this.config = runtime.config;
  }

  /** Starts the reflection period: at least REFLECTION_PERIOD_DAYS calendar days, one running at a time. */
  async startReflectionPeriod(input: StartReflectionPeriodInput, principal: Principal, request: PeerCallRequest): Promise<ReflectionPeriodRow> {
    const person = await this.foreignPerson(request, input.personId);
    const days = input.days ?? this.config.REFLECTION_PERIOD_DAYS;
    if (days < this.config.REFLECTION_PERIOD_DAYS) {
      throw new Refusal(Code.REFLECTION_PERIOD_TOO_SHORT, `days must be at least ${this.config.REFLECTION_PERIOD_DAYS}`, ['input.days']);
    }
    const now = this.clock.now();
    const startsAt = input.startsAt ?? now;
    const row: ReflectionPeriodRow = {
      id: randomUUID(),
      personId: person.personId,
      startsAt,
      endsAt: this.calendar.endOfDay(this.calendar.addCalendarDays(startsAt, days)),
    };
    return this.foreign.inTransaction(async (manager) => {
      await this.foreign.lockPerson(manager, person.personId);
      const running = (await this.foreign.reflectionPeriods(await this.formalIdentifications.recordIds(person.personId, manager), manager)).some((period) => period.endsAt.getTime() > now.getTime());
      if (running) throw new Refusal(Code.REFLECTION_PERIOD_RUNNING, 'A reflection period of the person is already running');
      await this.foreign.addReflectionPeriod(manager, row, { recordedBy: principal.subject, recordedByAgencyId: principal.agencyId, recordedAt: now });
      await this.outbox.append(
        manager,
        'reflection_period.started',
        row.id,
        { reflectionPeriodId: row.id, personId: row.personId, reference: person.reference, endsAt: row.endsAt.toISOString() },
        principal.correlationId,
      );
      return row;
    });
  }

  /** Records a permit the authorities issued; a type A permit runs at most three months. */
  async recordResidencePermit(input: RecordResidencePermitInput, principal: Principal, request: PeerCallRequest): Promise<ResidencePermitRow> {
    if (input.expiresAt.getTime() <= input.issuedAt.getTime()) throw new Refusal(Code.PERMIT_DATES, 'expiresAt must be after issuedAt', ['input.expiresAt']);
    if (input.type === ResidencePermitType.A && input.expiresAt.getTime() > addMonths(input.issuedAt, TYPE_A_MONTHS).getTime() + 24 * 3600 * 1000) {
      throw new Refusal(Code.PERMIT_DATES, 'A type A permit runs three months: expiresAt must be at most three months after issuedAt', ['input.expiresAt']);
    }
    const person = await this.foreignPerson(request, input.personId);
    const row: ResidencePermitRow = { id: randomUUID(), personId: person.personId, type: input.type, issuedAt: input.issuedAt, expiresAt: input.expiresAt };
    return this.foreign.inTransaction(async (manager) => {
      await this.foreign.addResidencePermit(manager, row, { recordedBy: principal.subject, recordedByAgencyId: principal.agencyId, recordedAt: this.clock.now() });
      await this.outbox.append(
        manager,
        'residence_permit.recorded',
        row.id,
        { residencePermitId: row.id, personId: row.personId, reference: person.reference, type: row.type, expiresAt: row.expiresAt.toISOString() },
        principal.correlationId,
      );
      return row;
    });
  }

  /** Those of every linked record of the person too (docs/domain.md, "Linked records"), each keeping its `personId`. */
  async reflectionPeriods(personId: string): Promise<ReflectionPeriodRow[]> {
    return this.foreign.reflectionPeriods(await this.formalIdentifications.recordIds(personId));
  }

  /** Those of every linked record of the person too, each keeping its `personId`. */
  async residencePermits(personId: string): Promise<ResidencePermitRow[]> {
    return this.foreign.residencePermits(await this.formalIdentifications.recordIds(personId));
  }

  /** The reflection periods and permits of the person's records for a subject access export, in the export's transaction. */
  async exportOfPerson(manager: EntityManager, personId: string): Promise<Record<string, Array<Record<string, unknown>>>> {
    return this.foreign.rowsForExport(manager, await this.formalIdentifications.exportIds(personId, manager));
  }

  /**
   * No removal while formal identification is pending, a reflection period runs or a permit is valid — under any
   * linked record of the person (an alias id answers for its canonical person).
   */
  async removalProtection(personId: string, request: PeerCallRequest): Promise<RemovalProtection> {
    const person = await this.identification.personFacts(request, await this.formalIdentifications.canonicalId(personId));
    if (!person) throw new Refusal(Code.PERSON_NOT_FOUND, 'Person not found', ['personId']);
    const now = this.clock.now().getTime();
    const recordIds = await this.formalIdentifications.recordIds(person.personId);
    const pending = await this.formalIdentifications.isPending(person.personId);
    const period = (await this.foreign.reflectionPeriods(recordIds)).find((row) => row.startsAt.getTime() <= now && row.endsAt.getTime() > now);
    const permit = (await this.foreign.residencePermits(recordIds))
      .filter((row) => row.issuedAt.getTime() <= now && row.expiresAt.getTime() > now)
      .sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
    return {
      personId: person.personId,
      foreignNational: person.foreignNational,
      formalIdentificationPending: pending,
      reflectionPeriodEndsAt: period?.endsAt ?? null,
      residencePermitExpiresAt: permit?.expiresAt ?? null,
      noRemoval: pending || period !== undefined || permit !== undefined,
    };
  }

  /** The person's facts; an alias id answers for its canonical person, so new rows are recorded under that one. */
  private async foreignPerson(request: PeerCallRequest, personId: string): Promise<PersonFacts> {
    const person = await this.identification.personFacts(request, await this.formalIdentifications.canonicalId(personId));
    if (!person) throw new Refusal(Code.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
    if (!person.foreignNational) throw new Refusal(Code.NOT_FOREIGN_NATIONAL, 'Only a foreign national has a reflection period or a residence permit');
    return person;
  }
}
