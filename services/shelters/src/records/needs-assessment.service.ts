import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { AssessmentArea, type DataCategory, LegalProblemType, type RiskLevel } from '@nrm/domain';
import { Clock } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import type { NeedsAssessmentEntry } from '../persons/person-records.model';
import { areasOf, isValidSummary, needsLegalProblems, riskLevelOf, summaryCodesOf } from './assessment-codes';
import type { RecordNeedsAssessmentInput } from './dto/record-needs-assessment.input';
import type { NeedsAssessmentEntity } from './needs-assessment.entity';
import { NeedsAssessmentRepository } from './needs-assessment.repository';
import { RecordsException, RecordsExceptionCode } from './records.exception';
import { RiskLevelNotifier } from './risk-level.notifier';

/** What identification reads back of a security assessment: ids, the level's code and when it was made. */
export interface SecurityAssessmentFact {
  assessmentId: string;
  personId: string;
  riskLevel: Exclude<RiskLevel, RiskLevel.UNKNOWN>;
  assessedAt: string;
}

/** What an erased needs assessment says instead of its text (the same words identification uses). */
const ERASED_TEXT = '[erased on request]';

@Injectable()
export class NeedsAssessmentService {
  constructor(
    private readonly assessments: NeedsAssessmentRepository,
    private readonly cases: CaseService,
    private readonly clock: Clock,
    private readonly riskLevels: RiskLevelNotifier,
  ) {}

  /**
   * The multidisciplinary team of the case's own shelter records one area (docs/domain.md §2 step 4), on an open case
   * of its shelter. The shelter is the record's owner, so the write itself needs no audit entry.
   */
  async record(request: AuthenticatedRequest, input: RecordNeedsAssessmentInput, caseId: string, principal: Principal): Promise<NeedsAssessmentEntry> {
    if (!isValidSummary(input.area, input.summary)) {
      throw new RecordsException(
        RecordsExceptionCode.NOT_A_SUMMARY_CODE,
        `Not a summary code of ${input.area}: expected one of ${summaryCodesOf(input.area).join(', ')}`,
        ['input.summary'],
      );
    }
    const legalProblems = [...new Set(input.legalProblems ?? [])];
    if (needsLegalProblems(input.area, input.summary) && legalProblems.length === 0) {
      throw new RecordsException(
        RecordsExceptionCode.LEGAL_PROBLEMS_REQUIRED,
        `A LEGAL assessment with PROBLEMS_IDENTIFIED names the kinds of problem found: one or more of ${Object.values(LegalProblemType).join(', ')}`,
        ['input.legalProblems'],
      );
    }
    if (!needsLegalProblems(input.area, input.summary) && legalProblems.length > 0) {
      throw new RecordsException(
        RecordsExceptionCode.LEGAL_PROBLEMS_NOT_EXPECTED,
        'Only a LEGAL assessment with PROBLEMS_IDENTIFIED names kinds of legal problem',
        ['input.legalProblems'],
      );
    }
    const shelterCase = await this.cases.findWritable(caseId, principal, request);
    const row: NeedsAssessmentEntity = {
      id: randomUUID(),
      caseId: shelterCase.id,
      personId: shelterCase.personId,
      agencyId: shelterCase.providerAgencyId,
      area: input.area,
      summary: input.summary,
      notes: input.notes ?? null,
      disagreement: input.disagreement?.trim() ? input.disagreement : null,
      suicideRisk: input.suicideRisk ?? false,
      legalProblems,
      recordedBy: principal.subject,
      recordedAt: this.clock.now(),
    };
    const riskLevel = riskLevelOf(row.area, row.summary);
    const about = { assessmentId: row.id, caseId: row.caseId, personId: row.personId, reference: shelterCase.reference, providerAgencyId: row.agencyId };
    // Suicide risk or self-harm is never only stored: the urgent alert to the case managers and the psychologists of
    // the shelter commits with the assessment (docs/domain.md §2 step 4, "Urgent findings"). Ids and the code only.
    await this.assessments.add(
      row,
      {
        recorded: { ...about, area: row.area, recordedAt: row.recordedAt.toISOString() },
        ...(riskLevel === null ? {} : { security: { ...about, riskLevel, assessedAt: row.recordedAt.toISOString() } }),
        ...(row.suicideRisk ? { urgentFinding: { ...about, kind: 'SUICIDE_RISK' as const } } : {}),
      },
      principal.correlationId,
    );
    // A security assessment sets the person's risk level in identification: durably through the event, and at once
    // through identification's internal endpoint so the case manager's next read shows it (docs/domain.md §2 step 4).
    if (riskLevel !== null) await this.riskLevels.applyNow(request, row.id);
    return toEntry(row);
  }

  /** A security assessment of the caller's own shelter, for identification's read-back (the internal endpoint). */
  async securityAssessmentOfAgency(id: string, principal: Principal): Promise<SecurityAssessmentFact | null> {
    const row = await this.assessments.ofAgency(id, principal.agencyId, AssessmentArea.SECURITY);
    const riskLevel = row ? riskLevelOf(row.area, row.summary) : null;
    if (!row || riskLevel === null) return null;
    return { assessmentId: row.id, personId: row.personId, riskLevel, assessedAt: row.recordedAt.toISOString() };
  }

  /** The person's assessments of one category written by the owners, oldest first. No access check: the caller decided. */
  async ofCategory(personId: string, owners: readonly string[], category: DataCategory): Promise<NeedsAssessmentEntry[]> {
    const rows = await this.assessments.ofPerson(personId, owners, areasOf(category));
    return rows.map(toEntry);
  }

  /** The shelters that own records of the person: every provider of a case of the person, and every recording agency. */
  async ownersOf(personId: string): Promise<string[]> {
    // Two features' tables, asked at once: one round trip's wait, as the single query it replaces.
    const [providers, recorders] = await Promise.all([this.cases.providersOf(personId), this.assessments.recordingAgenciesOf(personId)]);
    return [...new Set([...providers, ...recorders])].sort();
  }

  /**
   * The assessments lose what describes the person (summary, notes, a recorded disagreement, the suicide-risk flag) and keep the area, agency,
   * author and date, which count in the statistics of services delivered and identify nobody. Idempotent.
   */
  erasePerson(manager: EntityManager, personId: string): Promise<void> {
    return this.assessments.redactOfPerson(manager, personId, ERASED_TEXT);
  }

  /** The person's assessments for a subject access export, in the export's transaction. */
  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.assessments.rowsForExport(manager, personId);
  }
}

function toEntry(row: NeedsAssessmentEntity): NeedsAssessmentEntry {
  return {
    id: row.id,
    area: row.area,
    summary: row.summary,
    notes: row.notes,
    disagreement: row.disagreement,
    suicideRisk: row.suicideRisk,
    legalProblems: row.legalProblems ?? [],
    recordedAt: row.recordedAt,
    recordedByAgencyId: row.agencyId,
  };
}
