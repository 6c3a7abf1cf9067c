import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { accessAuditEntry, AuditAction, auditActor, type AuditEntryInput, AuditRecorder, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import type { Connection } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { PersonAccessService } from '../access/person-access.service';
import type { PersonEntity } from '../person/person.entity';
import { PersonService } from '../person/person.service';
import { seesEveryPerson } from '../person/unknown-person';
import { type DuplicateCandidateEntity, DuplicateCandidateStatus } from './duplicate-candidate.entity';
import { DuplicatesException, DuplicatesExceptionCode } from './duplicates.exception';
import { type DuplicateScoring, DuplicatesRepository } from './duplicates.repository';
import { type MatchableIdentity, type MatchToken, matchTokens } from './match-tokens';

/** A written reason: at least this many letters once normalised, at most DECISION_REASON_MAX_LENGTH characters. */
const DECISION_REASON_MIN_LETTERS = 10;
const DECISION_REASON_MAX_LENGTH = 1000;

export interface LinkDuplicatePersonsCommand {
  personId: string;
  duplicateOfPersonId: string;
  reason: string;
}

export interface PersonLinkOutcome {
  aliasPersonId: string;
  canonicalPersonId: string;
  linkedAt: Date;
  candidateId: string | null;
}

/**
 * How many screening batches one pass works through at most: a listing before it answers, and one scheduled job (so
 * neither holds its caller or the worker for long).
 */
export const SCREENING_BATCHES_PER_PASS = 20;

/**
 * Possible duplicates (docs/domain.md, "Possible duplicates"): the keyed match tokens written with each identification,
 * the search that turns them into candidates for the RA, and the RA's decisions (link or dismiss). The search never
 * runs on the submission's path: persons wait in a screening queue, worked through when the RA looks (and on demand
 * for one person), so nothing in a submission's answer or its timing depends on whether another record resembles it.
 */
@Injectable()
export class DuplicatesService {
  private readonly config: IdentificationConfig;

  constructor(
    private readonly duplicates: DuplicatesRepository,
    private readonly persons: PersonService,
    private readonly access: PersonAccessService,
    private readonly recorder: AuditRecorder,
    private readonly audit: AuditWriter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.config = runtime.config;
  }

  /** The keyed match tokens of an identity, written with its identification (none without a name). */
  tokensFor(identity: MatchableIdentity): MatchToken[] {
    return matchTokens(identity, this.config.PERSON_MATCH_KEY);
  }

  private get scoring(): DuplicateScoring {
    return { threshold: this.config.DUPLICATE_SCORE_THRESHOLD, limit: this.config.DUPLICATE_CANDIDATE_LIMIT };
  }

  /** Searches for the persons waiting in the screening queue (a batch), recording what each search finds. */
  async screenPending(): Promise<number> {
    return this.duplicates.transaction(async (manager) => {
      const waiting = await this.duplicates.claimScreening(manager, this.config.DUPLICATE_SCREENING_BATCH);
      for (const personId of waiting) await this.screenIn(manager, personId);
      return waiting.length;
    });
  }

  /** Works through the waiting searches, a batch per transaction, until none is left or `maxBatches` ran; answers how many were searched. */
  async drainScreening(maxBatches: number): Promise<number> {
    let screened = 0;
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const count = await this.screenPending();
      screened += count;
      if (count < this.config.DUPLICATE_SCREENING_BATCH) break;
    }
    return screened;
  }

  private async screenIn(manager: EntityManager, personId: string): Promise<void> {
    const found = await this.duplicates.search(personId, this.scoring, manager);
    await this.duplicates.recordCandidates(manager, personId, found, this.clock.now());
    await this.duplicates.finishScreening(manager, personId);
  }

  /**
   * The pending candidates, newest first, after the waiting searches ran (batch after batch, up to the scheduler's
   * share of one job: the list shows every candidate of a backlog the scheduler has not reached yet); each person on
   * the page is an audited read.
   */
  async pagePending(requestKey: object, principal: Principal, args: { first?: number; after?: string }): Promise<Connection<DuplicateCandidateEntity>> {
    await this.drainScreening(SCREENING_BATCHES_PER_PASS);
    const page = await this.duplicates.pagePending(args);
    await this.auditCandidateRead(requestKey, principal, page.edges.map((edge) => edge.node));
    return page;
  }

  /** Every candidate pair of a person (and of the records linked to it), searched again now. */
  async candidatesOf(requestKey: object, principal: Principal, personId: string): Promise<DuplicateCandidateEntity[]> {
    const person = await this.persons.find(personId);
    if (!person) throw personNotFound();
    const link = await this.duplicates.aliasOf(person.id);
    const canonicalId = link?.canonicalId ?? person.id;
    if (!link && !(await this.persons.erasedAt(person.id))) {
      await this.duplicates.transaction((manager) => this.screenIn(manager, person.id));
    }
    const ids = [canonicalId, ...(await this.duplicates.aliasesOf(canonicalId))];
    const rows = await this.duplicates.ofPerson(ids);
    await this.auditCandidateRead(requestKey, principal, rows);
    return rows;
  }

  /** The RA decides a candidate is not the same person; the pair is never proposed again. */
  async dismiss(id: string, reason: string, principal: Principal): Promise<DuplicateCandidateEntity> {
    const written = decisionReason(reason, 'reason');
    return this.duplicates.transaction(async (manager) => {
      const candidate = await this.duplicates.findCandidateForUpdate(manager, id);
      if (!candidate) throw new DuplicatesException(DuplicatesExceptionCode.CANDIDATE_NOT_FOUND, 'Duplicate candidate not found');
      if (candidate.status !== DuplicateCandidateStatus.PENDING) {
        throw new DuplicatesException(DuplicatesExceptionCode.NOT_PENDING, 'The duplicate candidate was already decided');
      }
      const decided = await this.duplicates.decideCandidate(manager, id, {
        status: DuplicateCandidateStatus.DISMISSED,
        at: this.clock.now(),
        by: principal.subject,
        agencyId: principal.agencyId,
        reason: written,
      });
      await this.audit.append(manager, [candidate.personId, candidate.candidatePersonId].map((personId) => decisionEntry(principal, personId)));
      return decided;
    });
  }

  /**
   * Links two records of one human: `personId` becomes an alias of `duplicateOfPersonId`, which keeps its id. Both
   * records, their identifications and their audit entries stay as they are; the link is recorded once and never
   * rewritten, announced as `person.linked` (every service resolves the alias from then on), and audited for both.
   */
  async link(command: LinkDuplicatePersonsCommand, principal: Principal): Promise<PersonLinkOutcome> {
    const reason = decisionReason(command.reason, 'input.reason');
    if (command.personId === command.duplicateOfPersonId) {
      throw new DuplicatesException(DuplicatesExceptionCode.SAME_PERSON, 'input.duplicateOfPersonId must name a person other than input.personId', [
        'input.duplicateOfPersonId',
      ]);
    }
    return this.duplicates.transaction(async (manager) => {
      // Both rows locked, in one order, so two links over the same records serialise and never deadlock.
      const [first, second] = [command.personId, command.duplicateOfPersonId].sort();
      const locked = new Map<string, { erasedAt: Date | null }>();
      for (const id of [first, second]) {
        const head = await this.persons.lock(manager, id, 'UPDATE');
        if (!head) throw personNotFound(id === command.personId ? 'input.personId' : 'input.duplicateOfPersonId');
        locked.set(id, head);
      }
      if ([...locked.values()].some((head) => head.erasedAt)) {
        throw new DuplicatesException(DuplicatesExceptionCode.PERSON_ERASED, 'An erased person cannot be linked');
      }
      const alias = await this.duplicates.linkState(manager, command.personId);
      const canonical = await this.duplicates.linkState(manager, command.duplicateOfPersonId);
      if (alias.canonicalId || canonical.canonicalId) {
        throw new DuplicatesException(
          DuplicatesExceptionCode.ALREADY_LINKED,
          'A person already linked as an alias cannot be linked again: link to the person it is linked to',
          [alias.canonicalId ? 'input.personId' : 'input.duplicateOfPersonId'],
        );
      }
      if (alias.hasAliases) {
        throw new DuplicatesException(
          DuplicatesExceptionCode.ALREADY_LINKED,
          'input.personId has records linked to it: link input.duplicateOfPersonId to it instead',
          ['input.personId'],
        );
      }
      const now = this.clock.now();
      const candidateId = await this.duplicates.pendingPair(manager, command.personId, command.duplicateOfPersonId);
      if (candidateId) {
        await this.duplicates.decideCandidate(manager, candidateId, {
          status: DuplicateCandidateStatus.LINKED,
          at: now,
          by: principal.subject,
          agencyId: principal.agencyId,
          reason,
        });
      }
      await this.duplicates.link(manager, {
        aliasId: command.personId,
        canonicalId: command.duplicateOfPersonId,
        at: now,
        by: principal.subject,
        agencyId: principal.agencyId,
        reason,
        candidateId,
      });
      await this.outbox.append(
        manager,
        'person.linked',
        command.personId,
        { aliasPersonId: command.personId, canonicalPersonId: command.duplicateOfPersonId },
        principal.correlationId,
      );
      // Last statement of the transaction: the audit chain's lock is held until commit.
      await this.audit.append(manager, [command.personId, command.duplicateOfPersonId].map((personId) => decisionEntry(principal, personId)));
      return { aliasPersonId: command.personId, canonicalPersonId: command.duplicateOfPersonId, linkedAt: now, candidateId };
    });
  }

  /**
   * The record a read of `person` stands for, for this caller (docs/domain.md, "Linked records"): an alias resolves to
   * its canonical person for a caller the canonical person is open to — the RA, or an agency linked to either record
   * by a relationship that carries over. Anyone else (the officer who submitted the alias, say) keeps reading the alias
   * record exactly as before the link, so a link never widens what it sees nor tells it another record exists.
   */
  async resolveForCaller(principal: Principal, person: PersonEntity): Promise<PersonEntity> {
    const link = await this.duplicates.aliasOf(person.id);
    if (!link) return person;
    const canonical = await this.persons.find(link.canonicalId);
    if (!canonical) return person;
    if (seesEveryPerson(principal)) return canonical;
    const relationships = await this.access.relationshipsOf(principal, canonical);
    return relationships.length > 0 ? canonical : person;
  }

  /** The canonical id of an alias, or the id itself: new writes about a linked record go to its canonical person. */
  async canonicalId(personId: string): Promise<string> {
    return (await this.duplicates.aliasOf(personId))?.canonicalId ?? personId;
  }

  /** Erasure's part, in the erasure's transaction. */
  eraseFacts(manager: EntityManager, personId: string): Promise<void> {
    return this.duplicates.eraseFacts(manager, personId, this.clock.now());
  }

  /** A candidate names two persons and what their identities share: one IDENTITY read by mandate per person. */
  private async auditCandidateRead(requestKey: object, principal: Principal, rows: DuplicateCandidateEntity[]): Promise<void> {
    const personIds = new Set(rows.flatMap((row) => [row.personId, row.candidatePersonId]));
    for (const personId of personIds) {
      const entry = accessAuditEntry(principal, personId, DataCategory.IDENTITY, { decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
      if (entry) await this.recorder.record(requestKey, entry);
    }
  }
}

/** A link or dismissal is a decision about the person's identity record, by the RA's mandate. */
function decisionEntry(principal: Principal, personId: string): AuditEntryInput {
  return {
    actor: auditActor(principal),
    correlationId: principal.correlationId,
    personId,
    categories: [DataCategory.IDENTITY],
    action: AuditAction.WRITE,
    basis: LegalBasis.LEGAL_MANDATE,
    decision: AccessDecision.ALLOWED,
  };
}

function personNotFound(field?: string): DuplicatesException {
  return new DuplicatesException(DuplicatesExceptionCode.PERSON_NOT_FOUND, 'Person not found', field ? [field] : undefined);
}

/** Normalised written text (control and format characters out, whitespace collapsed) that says something. */
export function decisionReason(text: string, field: string): string {
  const normalised = text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const letters = normalised.match(/\p{L}/gu)?.length ?? 0;
  if (letters < DECISION_REASON_MIN_LETTERS || normalised.length > DECISION_REASON_MAX_LENGTH) {
    throw new DuplicatesException(
      DuplicatesExceptionCode.REASON_NOT_WRITTEN,
      `${field} must be written text of at least ${DECISION_REASON_MIN_LETTERS} letters and at most ${DECISION_REASON_MAX_LENGTH} characters`,
      [field],
    );
  }
  return normalised;
}
