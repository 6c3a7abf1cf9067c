import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasAnyRole, type Principal } from '@nrm/auth';
import { RESPONSIBLE_AUTHORITY_ROLES, Role } from '@nrm/domain';
import { badUserInput, type Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import type { DeadlinesArgs } from './dto/deadlines.args';
import { DeadlineException, DeadlineExceptionCode } from './deadline.exception';
import { DeadlineKind } from './deadline-kind';
import type { Deadline } from './deadline.model';
import type { CaseDeadlinesClosing, DeadlineClosing, DeadlineOpening } from './deadline-planner';
import { type DeadlineRow, DeadlineRepository, type SweepResult } from './deadline.repository';

/** Who may list deadlines: the RA, and the shelters whose work (or whose escalations) they are. */
export const DEADLINE_READER_ROLES: readonly Role[] = [...RESPONSIBLE_AUTHORITY_ROLES, Role.CASE_MANAGER, Role.SHELTER_HEAD];

@Injectable()
export class DeadlineService {
  private readonly raAgencyId: string;
  private readonly batchSize: number;

  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<NotificationsConfig>,
  ) {
    this.raAgencyId = runtime.config.RESPONSIBLE_AUTHORITY_AGENCY_ID;
    this.batchSize = runtime.config.DEADLINE_SWEEP_BATCH;
  }

  /**
   * Deadlines past due now and not met or cancelled, counted by kind: national statistics' overdue items (the reporting
   * service asks through `GET /internal/deadlines/overdue-counts`). Every kind, zero included; kinds and counts only.
   */
  async overdueCounts(): Promise<Array<{ kind: DeadlineKind; count: number }>> {
    const counts = new Map((await this.deadlines.overdueCountsByKind(this.clock.now())).map((row) => [row.kind, row.count]));
    return Object.values(DeadlineKind).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  }

  /** In the event's inbox transaction. */
  open(manager: EntityManager, opening: DeadlineOpening): Promise<boolean> {
    return this.deadlines.open(manager, opening);
  }

  /** In the event's inbox transaction. */
  close(manager: EntityManager, closing: DeadlineClosing): Promise<boolean> {
    return this.deadlines.close(manager, closing);
  }

  /** In the event's inbox transaction. */
  closeOfCase(manager: EntityManager, closing: CaseDeadlinesClosing): Promise<number> {
    return this.deadlines.closeOfCase(manager, closing);
  }

  /** In the event's inbox transaction: a case's open clocks of a kind are due at a new time (its phase moved). */
  retimeOfCase(manager: EntityManager, retiming: { kind: DeadlineKind; caseId: string; dueAt: Date }): Promise<number> {
    return this.deadlines.retimeOfCase(manager, retiming);
  }

  /** In the event's inbox transaction: the person's open case, whose case managers hear of the person's expiries. */
  caseOpened(manager: EntityManager, openCase: { caseId: string; reference: string; providerAgencyId: string }): Promise<void> {
    return this.deadlines.caseOpened(manager, openCase);
  }

  /** In the event's inbox transaction: a closed case's clocks stop and its case managers hear of expiries no more. */
  async caseClosed(manager: EntityManager, caseId: string, closings: CaseDeadlinesClosing[]): Promise<void> {
    for (const closing of closings) await this.deadlines.closeOfCase(manager, closing);
    await this.deadlines.caseEnded(manager, caseId);
  }

  /**
   * In the event's inbox transaction: the RA's first referral of the person is routing started, so the person's
   * acknowledgement deadlines are met by it as by `acknowledgeIdentification`.
   */
  meetAcknowledgementByReferral(manager: EntityManager, reference: string, at: Date): Promise<number> {
    return this.deadlines.meetOfReference(manager, DeadlineKind.RA_ACKNOWLEDGEMENT, reference, at);
  }

  /**
   * Sends every reminder and escalation due by now, a batch per transaction, until none is left. Safe to run twice or
   * concurrently: each step is taken under a row lock and a state condition (DeadlineRepository.sweepBatch).
   */
  async sweep(): Promise<SweepResult> {
    const total: SweepResult = { acted: 0, reminded: 0, escalated: 0 };
    for (;;) {
      const batch = await this.deadlines.sweepBatch(this.clock.now(), this.batchSize);
      total.acted += batch.acted;
      total.reminded += batch.reminded;
      total.escalated += batch.escalated;
      if (batch.acted < this.batchSize) return total;
    }
  }

  /** The deadlines naming the person's NRM reference, for a subject access export. */
  exportOfReference(reference: string): Promise<Array<Record<string, unknown>>> {
    return this.deadlines.exportRowsOf(reference);
  }

  /**
   * The RA acknowledges a new identification: its deadline is met now, in the caller's name. Idempotent: a second call
   * returns the first acknowledgement. Unknown here (never submitted, or its event not arrived yet): not found.
   */
  async acknowledgeIdentification(principal: Principal, identificationId: string): Promise<Deadline> {
    await this.deadlines.meetBy(DeadlineKind.RA_ACKNOWLEDGEMENT, identificationId, principal, this.clock.now());
    const deadline = await this.deadlines.findBySubject(DeadlineKind.RA_ACKNOWLEDGEMENT, identificationId);
    if (!deadline) {
      throw new DeadlineException(DeadlineExceptionCode.IDENTIFICATION_NOT_FOUND, 'No acknowledgement is due for this identification', ['identificationId']);
    }
    return deadline;
  }

  /**
   * The RA sees every agency's deadlines; anyone else only those their agency owns (or is escalated to), and naming
   * another agency is refused rather than answered empty.
   */
  async list(principal: Principal, args: DeadlinesArgs): Promise<Connection<Deadline>> {
    const filter = args.filter ?? {};
    const isResponsibleAuthority = principal.agencyId === this.raAgencyId && hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES);
    if (!isResponsibleAuthority && filter.agencyId !== undefined && filter.agencyId !== principal.agencyId) {
      throw new DeadlineException(DeadlineExceptionCode.AGENCY_NOT_ALLOWED, "Only the Responsible Authority sees another agency's deadlines", ['filter.agencyId']);
    }
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(args.after);
    if (after && (Number.isNaN(new Date(after.at).getTime()) || !/^[0-9a-f-]{36}$/i.test(after.id))) {
      throw badUserInput(['after'], 'Invalid cursor');
    }
    const rows = await this.deadlines.list({
      visibleToAgencyId: isResponsibleAuthority ? null : principal.agencyId,
      ownerAgencyId: filter.agencyId ?? null,
      subjectRef: filter.subjectRef ?? null,
      state: filter.state ?? null,
      overdueOnly: filter.overdueOnly ?? false,
      now: this.clock.now(),
      after: after && { dueAt: after.at, id: after.id },
      limit: first + 1,
    });
    return toConnection<DeadlineRow>(rows, first, (row) => ({ at: row.dueAt.toISOString(), id: row.id }));
  }
}
