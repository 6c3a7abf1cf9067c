import { randomUUID } from 'node:crypto';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { CaseStatus, Role } from '@nrm/domain';
import { ApiError, ApiErrorCode, assertUuid } from '@nrm/graphql';
import { ShelterCaseEntity } from '../cases/shelter-case.entity';
import { ShelterException, ShelterExceptionCode } from '../cases/shelter.exception';
import { isValidSummary } from './assessment-codes';
import { NeedsAssessmentEntity } from './needs-assessment.entity';
import { NeedsAssessmentEntry, RecordNeedsAssessmentInput } from './records.model';

const CLOSED_STATUSES: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED];

/**
 * The multidisciplinary team of the case's own shelter records the needs assessment (docs/domain.md §2 step 4). The
 * shelter is the record's owner, so the write itself needs no audit entry. The urgent alert on suicide risk or
 * self-harm is planned with case management's reminders and alerts (docs/domain.md §2, "built today"); here the flag is stored with the entry.
 */
@Resolver(() => NeedsAssessmentEntry)
export class NeedsAssessmentResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Mutation(() => NeedsAssessmentEntry)
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  async recordNeedsAssessment(
    @Args('input') input: RecordNeedsAssessmentInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NeedsAssessmentEntry> {
    const caseId = assertUuid(input.caseId, 'input.caseId');
    if (!isValidSummary(input.area, input.summary)) {
      throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `Not a summary code of ${input.area}`, { fields: ['input.summary'] });
    }
    const shelterCase = await this.dataSource.getRepository(ShelterCaseEntity).findOne({ where: { id: caseId } });
    // An unknown id is answered as another shelter's case: no writer may learn that a case exists elsewhere.
    if (!shelterCase || shelterCase.providerAgencyId !== principal.agencyId) {
      throw new ShelterException(ShelterExceptionCode.NOT_VISIBLE, 'Not allowed to see this case');
    }
    if (CLOSED_STATUSES.includes(shelterCase.status)) throw new ApiError(ApiErrorCode.CONFLICT, 'The case is closed');

    const row: NeedsAssessmentEntity = {
      id: randomUUID(),
      caseId: shelterCase.id,
      personId: shelterCase.personId,
      agencyId: shelterCase.providerAgencyId,
      area: input.area,
      summary: input.summary,
      notes: input.notes ?? null,
      suicideRisk: input.suicideRisk ?? false,
      recordedBy: principal.subject,
      recordedAt: new Date(),
    };
    await this.dataSource.getRepository(NeedsAssessmentEntity).insert(row);
    return {
      id: row.id,
      area: row.area,
      summary: row.summary,
      notes: row.notes,
      suicideRisk: row.suicideRisk,
      recordedAt: row.recordedAt,
      recordedByAgencyId: row.agencyId,
    };
  }
}
