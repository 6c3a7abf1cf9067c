import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Connection } from '@nrm/graphql';
import { keysetPage, type PreparedStatement, queryPrepared } from '@nrm/database';
import { Relationship } from '@nrm/access-policy';
import type { Principal } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { type EventPayloads, OutboxWriter } from '@nrm/events';
import type { AgeBand, AgeBasis, AgeVerificationOutcome, CitizenshipGroup, IdentificationStatus, Sex } from '@nrm/domain';
import type { PersonEntity } from '../person/person.entity';
import type { InitialIdentificationFilter, InitialIdentificationsArgs } from './dto/initial-identification.filter';
import { InitialIdentificationEntity, type InterviewRecord } from './initial-identification.entity';

// The submission path writes with plain parameterised SQL: it is the platform's hottest write, and TypeORM's
// entity bookkeeping cost more CPU than the database work itself (bench/submit-identification.mjs).

type NewPerson = Omit<PersonEntity, 'reference' | 'createdAt' | 'updatedAt' | 'riskAssessmentId' | 'riskAssessedAt'>;

export interface NewSubmission {
  person: NewPerson;
  identification: InitialIdentificationEntity;
  /** The region's child protection unit when the person is a child: it gets its mandate in the same statement. */
  childProtectionUnit: string | undefined;
  /** The `identification.submitted` event; the statement adds the reference it draws. */
  event: Omit<EventPayloads['identification.submitted'], 'reference'>;
  correlationId: string | null;
  /**
   * The person's keyed match tokens (docs/domain.md, "Possible duplicates"), written in the same statement with the
   * person queued for its duplicate search; empty for a person without a name.
   */
  matchTokens: ReadonlyArray<{ kind: number; hash: Buffer }>;
}

export interface PersonForInterview {
  isChild: boolean;
  ageVerified: boolean;
  identificationStatus: IdentificationStatus;
  languages: string[];
  erasedAt: Date | null;
  verification: AgeVerificationOutcome | null;
  /** The summary the statistics of the interview count (docs/statistics.md), recorded at submission. */
  sex: Sex;
  citizenshipGroup: CitizenshipGroup;
  citizenship: string[];
}

export interface LaterInterviewPersonFacts {
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  estimatedAge: number | null;
  ageBasis: AgeBasis;
  ageBand: AgeBand;
  isChild: boolean;
  ageVerified: boolean;
  languages: string[];
  identificationStatus: IdentificationStatus;
}

export interface InterviewSessionRow {
  id: string;
  identificationId: string;
  kind: 'INITIAL' | 'CONTINUATION';
  recordedBy: string;
  recordedByAgencyId: string;
  recordedAt: Date;
  interview: Partial<InterviewRecord>;
}

/**
 * The submission statement with the service's outbox insert in it. Its text never varies: it is built once (the
 * repository does, at construction) and prepared once per connection (queryPrepared).
 *
 * The identification claims its (agency, clientRequestId) first, with ON CONFLICT DO NOTHING, and the person, its
 * reference, the mandate and the event are drawn FROM that claim: a replay, or the loser of a concurrent duplicate
 * (which waits for the winner's commit on the unique index), inserts nothing and never calls nextval, so it uses up
 * no reference number (docs/domain.md, NRM reference numbers).
 */
function submissionStatement(outbox: OutboxWriter): PreparedStatement {
  return {
    name: 'identification_insert_submission',
    text: `WITH claim AS (
       INSERT INTO identification.initial_identification (id, person_id, client_request_id, input_hash, recording_agency_id, submitted_by,
         venue, region, indicator_codes, exploitation_types, immediate_needs, interview, meets_threshold, missing_groups, status, submitted_at,
         means_of_control, recruiter_relation, entry_route, place_of_exploitation)
       VALUES ($19, $1, $20, $21, $3, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $38, $39, $40, $41)
       ON CONFLICT ON CONSTRAINT initial_identification_client_request DO NOTHING
       RETURNING id
     ), person AS (
       INSERT INTO identification.person (id, reference, recording_agency_id, identification_status, anonymous, sex, age_band, is_child,
         age_verified, citizenship_group, languages, needs, risk_level, given_name, family_name, date_of_birth, estimated_age, citizenship,
         documents, age_basis)
       SELECT $1, 'NRM-' || $2::text || '-' || lpad(seq.n, greatest(6, length(seq.n)), '0'), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
         $15, $16, $17, $18, $42::jsonb, $43
       FROM (SELECT nextval('identification.person_reference_seq')::text AS n FROM claim) seq
       RETURNING reference
     ), mandate AS (
       INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
       SELECT $1, $33::text, $34, claim.id, true FROM claim WHERE $33::text IS NOT NULL
     ), draft AS (
       -- The submitter's draft of this clientRequestId is consumed by the submission that claims it (docs/api.md, Drafts).
       DELETE FROM identification.identification_draft d USING claim
        WHERE d.author_agency_id = $3 AND d.client_request_id = $20 AND d.author_subject = $22
     ), match_tokens AS (
       INSERT INTO identification.person_match_token (person_id, kind, hash)
       SELECT $1, token.kind, token.hash FROM claim, unnest($44::smallint[], $45::bytea[]) AS token(kind, hash)
       ON CONFLICT DO NOTHING
     ), screening AS (
       INSERT INTO identification.duplicate_screening (person_id, queued_at)
       SELECT $1, $32 FROM claim WHERE cardinality($44::smallint[]) > 0
     ), event AS (
       ${outbox.insertSql({ type: '$35', aggregateId: '$19', payload: `$36::jsonb || jsonb_build_object('reference', person.reference)`, correlationId: '$37', from: 'person' })}
     )
     SELECT reference FROM person`,
  };
}

/**
 * Writes a submission in ONE statement, which PostgreSQL runs as one transaction: the identification, the person
 * with its new reference (NRM-<year>-<number padded to 6 digits>), the child protection unit's mandate for a child,
 * and the outbox event. One round trip instead of BEGIN, two inserts and COMMIT. The foreign keys to the person are
 * checked at the end of the statement, so they see its row. Returns null when the agency already used the
 * clientRequestId: nothing was written.
 */
async function insertSubmission(db: DataSource, statement: PreparedStatement, submission: NewSubmission): Promise<string | null> {
  const { person, identification: row } = submission;
  const rows = await queryPrepared<{ reference: string }>(db, statement, [
    person.id,
    row.submittedAt.getUTCFullYear(),
    person.recordingAgencyId,
    person.identificationStatus,
    person.anonymous,
    person.sex,
    person.ageBand,
    person.isChild,
    person.ageVerified,
    person.citizenshipGroup,
    person.languages,
    person.needs,
    person.riskLevel,
    person.givenName,
    person.familyName,
    person.dateOfBirth,
    person.estimatedAge,
    person.citizenship,
    row.id,
    row.clientRequestId,
    row.inputHash,
    row.submittedBy,
    row.venue,
    row.region,
    row.indicatorCodes,
    row.exploitationTypes,
    row.immediateNeeds,
    JSON.stringify(row.interview),
    row.meetsThreshold,
    row.missingGroups,
    row.status,
    row.submittedAt,
    submission.childProtectionUnit ?? null,
    Relationship.CHILD_PROTECTION_MANDATE,
    'identification.submitted',
    JSON.stringify(submission.event),
    submission.correlationId,
    row.meansOfControl,
    row.recruiterRelation,
    row.entryRoute,
    row.placeOfExploitation,
    JSON.stringify(person.documents),
    person.ageBasis,
    submission.matchTokens.map((token) => token.kind),
    submission.matchTokens.map((token) => token.hash),
  ]);
  return rows[0]?.reference ?? null;
}

interface IdentificationRow {
  id: string;
  person_id: string;
  client_request_id: string;
  input_hash: string;
  recording_agency_id: string;
  submitted_by: string;
  venue: InitialIdentificationEntity['venue'];
  region: string;
  indicator_codes: string[];
  exploitation_types: InitialIdentificationEntity['exploitationTypes'];
  immediate_needs: InitialIdentificationEntity['immediateNeeds'];
  interview: InterviewRecord;
  meets_threshold: boolean;
  missing_groups: InitialIdentificationEntity['missingGroups'];
  status: InitialIdentificationEntity['status'];
  submitted_at: Date;
  means_of_control: InitialIdentificationEntity['meansOfControl'];
  recruiter_relation: InitialIdentificationEntity['recruiterRelation'];
  entry_route: InitialIdentificationEntity['entryRoute'];
  place_of_exploitation: InitialIdentificationEntity['placeOfExploitation'];
}

async function findIdentificationByClientRequest(
  manager: EntityManager,
  agencyId: string,
  clientRequestId: string,
): Promise<InitialIdentificationEntity | null> {
  const rows: IdentificationRow[] = await manager.query(
    `SELECT * FROM identification.initial_identification WHERE recording_agency_id = $1 AND client_request_id = $2`,
    [agencyId, clientRequestId],
  );
  const [row] = rows;
  return row ? toEntity(row) : null;
}

function toEntity(row: IdentificationRow): InitialIdentificationEntity {
  return {
    id: row.id,
    personId: row.person_id,
    clientRequestId: row.client_request_id,
    inputHash: row.input_hash,
    recordingAgencyId: row.recording_agency_id,
    submittedBy: row.submitted_by,
    venue: row.venue,
    region: row.region,
    indicatorCodes: row.indicator_codes,
    exploitationTypes: row.exploitation_types,
    immediateNeeds: row.immediate_needs,
    interview: row.interview,
    meetsThreshold: row.meets_threshold,
    missingGroups: row.missing_groups,
    status: row.status,
    submittedAt: row.submitted_at,
    meansOfControl: row.means_of_control,
    recruiterRelation: row.recruiter_relation,
    entryRoute: row.entry_route,
    placeOfExploitation: row.place_of_exploitation,
  };
}

/** The relationships that mean a person has been referred and the referral is live (docs/api.md, notYetReferred). */
const LIVE_REFERRAL: readonly Relationship[] = [Relationship.PENDING_REFERRAL, Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE];

/** The RA's worklist filters of `initialIdentifications`, on top of the caller's visibility. */
function applyWorklistFilter(query: SelectQueryBuilder<InitialIdentificationEntity>, filter: InitialIdentificationFilter | undefined): void {
  if (!filter) return;
  if (filter.isChild !== undefined && filter.isChild !== null) {
    query.andWhere('EXISTS (SELECT 1 FROM identification.person p WHERE p.id = ii.person_id AND p.is_child = :isChild)', { isChild: filter.isChild });
  }
  if (filter.notYetReferred !== undefined && filter.notYetReferred !== null) {
    // Referral links come from the referral service's events (referral.created, .accepted, .declined, case.opened).
    const live = `EXISTS (SELECT 1 FROM identification.person_relationship lr WHERE lr.person_id = ii.person_id AND lr.active
      AND lr.relationship = ANY(CAST(:liveReferral AS text[])))`;
    query.andWhere(filter.notYetReferred ? `NOT ${live}` : live, { liveReferral: LIVE_REFERRAL });
  }
  if (filter.submittedFrom) query.andWhere('ii.submitted_at >= :submittedFrom', { submittedFrom: filter.submittedFrom });
  if (filter.submittedTo) query.andWhere('ii.submitted_at < :submittedTo', { submittedTo: filter.submittedTo });
  if (filter.agencyId) query.andWhere('ii.recording_agency_id = :filterAgency', { filterAgency: filter.agencyId });
  if (filter.entryRoute) query.andWhere('ii.entry_route = :entryRoute', { entryRoute: filter.entryRoute });
  if (filter.placeOfExploitation) query.andWhere('ii.place_of_exploitation = :placeOfExploitation', { placeOfExploitation: filter.placeOfExploitation });
}

/** Every read and write of the initial identifications. */
@Injectable()
export class IdentificationRepository {
  /** The one statement a submission is written with; its text is fixed, so it is built here once. */
  private readonly submission: PreparedStatement;

  constructor(
    private readonly dataSource: DataSource,
    outbox: OutboxWriter,
  ) {
    this.submission = submissionStatement(outbox);
  }

  /** Returns the reference the statement drew for the person, or null when the clientRequestId was already used. */
  insertSubmission(submission: NewSubmission): Promise<string | null> {
    return insertSubmission(this.dataSource, this.submission, submission);
  }

  findByClientRequest(agencyId: string, clientRequestId: string): Promise<InitialIdentificationEntity | null> {
    return findIdentificationByClientRequest(this.dataSource.manager, agencyId, clientRequestId);
  }

  async findVisible(principal: Principal, id: string): Promise<InitialIdentificationEntity | null> {
    const [row] = await this.visibleQuery(principal).andWhere('ii.id = :id', { id }).getMany();
    return row ?? null;
  }

  /** The person an identification is about, whoever asks: only to name the person in a refusal's audit entry. */
  async personIdOf(id: string): Promise<string | null> {
    const rows: Array<{ person_id: string }> = await this.dataSource.query(`SELECT person_id FROM identification.initial_identification WHERE id = $1`, [id]);
    return rows[0]?.person_id ?? null;
  }

  pageVisible(principal: Principal, args: InitialIdentificationsArgs): Promise<Connection<InitialIdentificationEntity>> {
    const query = this.visibleQuery(principal);
    if (args.filter?.status) query.andWhere('ii.status = :status', { status: args.filter.status });
    if (args.filter?.region) query.andWhere('ii.region = :region', { region: args.filter.region });
    applyWorklistFilter(query, args.filter);
    return keysetPage(query, { first: args.first, after: args.after, atColumn: 'ii.submitted_at', idColumn: 'ii.id', atOf: (row) => row.submittedAt, idOf: (row) => row.id });
  }

  latestForPerson(personId: string): Promise<InitialIdentificationEntity | null> {
    return this.dataSource.getRepository(InitialIdentificationEntity).findOne({ where: { personId }, order: { submittedAt: 'DESC' } });
  }

  /** The interview languages recorded for the person (those with the key, as stored). */
  async interviewLanguages(manager: EntityManager, personId: string): Promise<string[]> {
    const rows: Array<{ languages: string[] }> = await manager.query(
      `SELECT coalesce(array_agg(interview->>'language') FILTER (WHERE interview ? 'language'), '{}') AS languages
         FROM identification.initial_identification WHERE person_id = $1`,
      [personId],
    );
    return rows[0]?.languages ?? [];
  }

  async eraseFacts(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(
      `UPDATE identification.initial_identification
          SET indicator_codes = '{}', missing_groups = '{}', immediate_needs = '{}', input_hash = 'ERASED',
              means_of_control = '{}', recruiter_relation = NULL,
              interview = jsonb_build_object('consentToInterview', interview->'consentToInterview', 'erased', true)
        WHERE person_id = $1`,
      [personId],
    );
    // The interviews held later keep only that they happened and by whom, as the submission's does.
    await manager.query(
      `UPDATE identification.interview_session s
          SET interview = jsonb_build_object('consentToInterview', s.interview->'consentToInterview', 'erased', true)
         FROM identification.initial_identification ii
        WHERE ii.id = s.identification_id AND ii.person_id = $1`,
      [personId],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The identification, its row locked for the rest of the transaction. */
  async lockById(manager: EntityManager, id: string): Promise<InitialIdentificationEntity | null> {
    const rows: IdentificationRow[] = await manager.query(`SELECT * FROM identification.initial_identification WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = rows;
    return row ? toEntity(row) : null;
  }

  /** The person's facts an interview held later works from, the row locked; the latest age verification, if any. */
  async lockPersonForInterview(manager: EntityManager, personId: string): Promise<PersonForInterview | null> {
    const rows: Array<{
      is_child: boolean;
      age_verified: boolean;
      identification_status: IdentificationStatus;
      languages: string[];
      erased_at: Date | null;
      verification: AgeVerificationOutcome | null;
      sex: Sex;
      citizenship_group: CitizenshipGroup;
      citizenship: string[];
    }> = await manager.query(
      `SELECT p.is_child, p.age_verified, p.identification_status, p.languages, p.erased_at, p.sex, p.citizenship_group, p.citizenship,
              (SELECT v.outcome FROM identification.age_verification v WHERE v.person_id = p.id ORDER BY v.recorded_at DESC, v.id LIMIT 1) AS verification
         FROM identification.person p WHERE p.id = $1 FOR UPDATE OF p`,
      [personId],
    );
    const [row] = rows;
    if (!row) return null;
    return {
      isChild: row.is_child,
      ageVerified: row.age_verified,
      identificationStatus: row.identification_status,
      languages: row.languages,
      erasedAt: row.erased_at,
      verification: row.verification,
      sex: row.sex,
      citizenshipGroup: row.citizenship_group,
      citizenship: row.citizenship,
    };
  }

  /** The identity and pathway an interview held later gives the person; the person is no longer anonymous. */
  async applyLaterInterviewToPerson(manager: EntityManager, personId: string, facts: LaterInterviewPersonFacts): Promise<void> {
    await manager.query(
      `UPDATE identification.person
          SET anonymous = false, given_name = $2, family_name = $3, date_of_birth = $4, estimated_age = $5, age_basis = $6, age_band = $7,
              is_child = $8, age_verified = $9, languages = $10, identification_status = $11, updated_at = now()
        WHERE id = $1`,
      [
        personId,
        facts.givenName,
        facts.familyName,
        facts.dateOfBirth,
        facts.estimatedAge,
        facts.ageBasis,
        facts.ageBand,
        facts.isChild,
        facts.ageVerified,
        facts.languages,
        facts.identificationStatus,
      ],
    );
  }

  async personReference(manager: EntityManager, personId: string): Promise<string | null> {
    const rows: Array<{ reference: string }> = await manager.query(`SELECT reference FROM identification.person WHERE id = $1`, [personId]);
    return rows[0]?.reference ?? null;
  }

  /** A new status for the person (an upgrade from AT_RISK after a continued interview). */
  async setPersonStatus(manager: EntityManager, personId: string, status: IdentificationStatus): Promise<void> {
    await manager.query(`UPDATE identification.person SET identification_status = $2, updated_at = now() WHERE id = $1`, [personId, status]);
  }

  /** What an interview held later changes of the identification: the interview record, the indicators and the screening. */
  async applyInterview(manager: EntityManager, row: InitialIdentificationEntity): Promise<void> {
    await manager.query(
      `UPDATE identification.initial_identification
          SET interview = $2, indicator_codes = $3, exploitation_types = $4, meets_threshold = $5, missing_groups = $6, status = $7
        WHERE id = $1`,
      [row.id, JSON.stringify(row.interview), row.indicatorCodes, row.exploitationTypes, row.meetsThreshold, row.missingGroups, row.status],
    );
  }

  async insertInterviewSession(manager: EntityManager, session: InterviewSessionRow): Promise<void> {
    await manager.query(
      `INSERT INTO identification.interview_session (id, identification_id, kind, recorded_by, recorded_by_agency_id, recorded_at, interview)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [session.id, session.identificationId, session.kind, session.recordedBy, session.recordedByAgencyId, session.recordedAt, JSON.stringify(session.interview)],
    );
  }

  /** The interviews held after the submission, oldest first. */
  async interviewSessions(identificationId: string): Promise<InterviewSessionRow[]> {
    const rows: Array<{
      id: string;
      identification_id: string;
      kind: InterviewSessionRow['kind'];
      recorded_by: string;
      recorded_by_agency_id: string;
      recorded_at: Date;
      interview: Partial<InterviewRecord>;
    }> = await this.dataSource.query(
      `SELECT * FROM identification.interview_session WHERE identification_id = $1 ORDER BY recorded_at, id`,
      [identificationId],
    );
    return rows.map((row) => ({
      id: row.id,
      identificationId: row.identification_id,
      kind: row.kind,
      recordedBy: row.recorded_by,
      recordedByAgencyId: row.recorded_by_agency_id,
      recordedAt: row.recorded_at,
      interview: row.interview,
    }));
  }

  /**
   * The RA sees every identification (mandate); a first responder its agency's; a CPU worker its region's children
   * (the child protection unit's mandate is an agency ↔ person link).
   */
  private visibleQuery(principal: Principal): SelectQueryBuilder<InitialIdentificationEntity> {
    const query = this.dataSource.getRepository(InitialIdentificationEntity).createQueryBuilder('ii');
    if (principal.roles.includes(Role.RA_OFFICER) || principal.roles.includes(Role.RA_HEAD)) return query;
    if (principal.roles.includes(Role.CHILD_PROTECTION_WORKER)) {
      return query.where(
        `(ii.recording_agency_id = :agency OR EXISTS (SELECT 1 FROM identification.person_relationship r
          WHERE r.person_id = ii.person_id AND r.agency_id = :agency AND r.relationship = :cpu AND r.active))`,
        { agency: principal.agencyId, cpu: Relationship.CHILD_PROTECTION_MANDATE },
      );
    }
    return query.where('ii.recording_agency_id = :agency', { agency: principal.agencyId });
  }
}
