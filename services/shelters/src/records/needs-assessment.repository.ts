import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentArea } from '@nrm/domain';
import { type EventPayloads, OutboxWriter } from '@nrm/events';
import { exportRows } from '@nrm/service-kit';
import { NeedsAssessmentEntity } from './needs-assessment.entity';

/**
 * A person's rows are those filed under its id and under every record linked to it as an alias (docs/domain.md,
 * "Linked records"; shelters.person_alias is projected from person.linked).
 */
function personAndAliases(parameter: string): string {
  return `(SELECT ${parameter}::uuid UNION ALL SELECT alias_id FROM shelters.person_alias WHERE canonical_id = ${parameter}::uuid)`;
}

/** The persons this service holds a needs assessment of (`$1` = person id), one part of the audit chain's known persons. */
export function assessmentsOfPersonQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".needs_assessment WHERE person_id = $1`;
}

/**
 * The comprehensive needs assessment (docs/domain.md §2 step 4): every area of the manual's Annexes I–IX. Each area's
 * scale has a code for an area that does not call for work (remain in the country, not interested, none…), so a
 * complete assessment has recorded a summary of each.
 */
export const COMPREHENSIVE_ASSESSMENT_AREAS: readonly AssessmentArea[] = Object.values(AssessmentArea);

/** What one assessment announces, written with it. */
export interface AssessmentEvents {
  /**
   * Every assessment; the transaction adds the case's areas so far and whether they make the assessment complete, which
   * is when the case's needs assessment deadline is met (docs/domain.md §4).
   */
  recorded: Omit<EventPayloads['assessment.recorded'], 'areasRecorded' | 'complete'>;
  security?: EventPayloads['security.assessed'];
  urgentFinding?: EventPayloads['assessment.urgent_finding'];
}

/** The needs_assessment table: the shelter records of a person. */
@Injectable()
export class NeedsAssessmentRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * An assessment and the events it raises, in one transaction (the outbox): `assessment.recorded` always,
   * `security.assessed` for a security
   * assessment, `assessment.urgent_finding` when suicide risk or self-harm was found.
   */
  async add(row: NeedsAssessmentEntity, events: AssessmentEvents, correlationId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Assessments of one case are recorded one at a time: two areas recorded at once could otherwise each miss the
      // other (read committed) and neither event say the assessment is complete.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('shelters.needs_assessment:' || $1))`, [row.caseId]);
      await manager.getRepository(NeedsAssessmentEntity).insert(row);
      const recorded: Array<{ area: AssessmentArea }> = await manager.query(
        `SELECT DISTINCT area FROM shelters.needs_assessment WHERE case_id = $1 ORDER BY area`,
        [row.caseId],
      );
      const areasRecorded = recorded.map((entry) => entry.area);
      const complete = COMPREHENSIVE_ASSESSMENT_AREAS.every((area) => areasRecorded.includes(area));
      await this.outbox.append(manager, 'assessment.recorded', row.id, { ...events.recorded, areasRecorded, complete }, correlationId);
      if (events.security) await this.outbox.append(manager, 'security.assessed', row.id, events.security, correlationId);
      if (events.urgentFinding) await this.outbox.append(manager, 'assessment.urgent_finding', row.id, events.urgentFinding, correlationId);
    });
  }

  /** One assessment of the area recorded by the agency; null for any other (another shelter's, another area's, none). */
  ofAgency(id: string, agencyId: string, area: AssessmentArea): Promise<NeedsAssessmentEntity | null> {
    return this.dataSource.getRepository(NeedsAssessmentEntity).findOne({ where: { id, agencyId, area } });
  }

  /** The person's assessments of the areas, written by the agencies, oldest first. */
  ofPerson(personId: string, agencyIds: readonly string[], areas: readonly AssessmentArea[]): Promise<NeedsAssessmentEntity[]> {
    return this.dataSource
      .getRepository(NeedsAssessmentEntity)
      .createQueryBuilder('a')
      .where(`a.person_id IN ${personAndAliases(':personId')}`, { personId })
      .andWhere('a.agency_id IN (:...owned)', { owned: agencyIds })
      .andWhere('a.area IN (:...areas)', { areas })
      .orderBy('a.recorded_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async recordingAgenciesOf(personId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ agency_id: string }>>(
      `SELECT DISTINCT agency_id FROM shelters.needs_assessment WHERE person_id IN ${personAndAliases('$1')}`,
      [personId],
    );
    return rows.map((row) => row.agency_id);
  }

  /** In the caller's (inbox) transaction; rows already redacted are left alone. */
  async redactOfPerson(manager: EntityManager, personId: string, erasedText: string): Promise<void> {
    await manager.query(
      `UPDATE shelters.needs_assessment SET summary = $2, notes = NULL, disagreement = NULL, suicide_risk = false, legal_problems = '{}'
       WHERE person_id = $1 AND (summary <> $2 OR notes IS NOT NULL OR disagreement IS NOT NULL OR suicide_risk OR legal_problems <> '{}')`,
      [personId, erasedText],
    );
  }

  /**
   * The person's rows for a subject access export; the staff member who wrote each is withheld (the shelter stays). A
   * canonical person's include those recorded under its aliases.
   */
  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: 'shelters.needs_assessment',
      where: 't.person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM shelters.person_alias WHERE canonical_id = $1::uuid)',
      params: [personId],
      orderBy: 't.recorded_at, t.id',
      withheld: ['recorded_by'],
    });
  }
}
