import { Injectable } from '@nestjs/common';
import type { Principal } from '@nrm/auth';
import { AgencyType, CitizenshipGroup, IdentificationStatus, type Role } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { DirectoryService } from '../directory/directory.service';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { IdentificationService } from '../identification/identification.service';
import { PersonService } from '../person/person.service';
import { RelationshipsService } from '../relationships/relationships.service';
import { FormalIdentificationGroupRepository } from './formal-identification-group.repository';
import type { FormalIdentificationConclusionBody, FormalIdentificationGroupBody, FormalIdentificationRequestedBody } from './formal-identification-group.dto';

/** What the formal identification service decides on about a person: flags and codes, no personal data. */
export interface FormalIdentificationPersonFacts {
  personId: string;
  reference: string;
  isChild: boolean;
  /** The region of the latest identification (a code), where the child's protection worker is looked for. */
  region: string | null;
  foreignNational: boolean;
  identificationStatus: IdentificationStatus;
  /** The child protection units holding the child's mandate (empty for an adult). */
  childProtectionUnitIds: string[];
}

/** A directory user as a group member is checked: roles and agency, never contact details. */
export interface FormalIdentificationMemberFacts {
  id: string;
  roles: Role[];
  agencyId: string | null;
  agencyType: AgencyType | null;
  region: string | null;
}

/**
 * Identification's side of formal identification (docs/domain.md §2, "Formal identification"): the person facts the
 * formal identification service decides on (never a client's claim), the directory entries of the members picked,
 * and the synchronous half of read-your-writes — the FORMAL_ID_GROUP links and the identification status, which the
 * formal identification events make again, idempotently, as the durable path.
 */
@Injectable()
export class FormalIdentificationGroupService {
  constructor(
    private readonly persons: PersonService,
    private readonly identifications: IdentificationService,
    private readonly directory: DirectoryService,
    private readonly duplicates: DuplicatesService,
    private readonly relationships: RelationshipsService,
    private readonly transactions: FormalIdentificationGroupRepository,
  ) {}

  /**
   * The facts of the person `personId` stands for: an alias id answers its canonical person's (docs/domain.md,
   * "Linked records"; only the RA asks, who sees every person), so formal identification records under the canonical
   * id from the moment of the link, before `person.linked` reaches it.
   */
  async personFacts(personId: string): Promise<FormalIdentificationPersonFacts | null> {
    const person = await this.persons.find(await this.duplicates.canonicalId(personId));
    if (!person) return null;
    const latest = await this.identifications.latestFor(person.id);
    return {
      personId: person.id,
      reference: person.reference,
      isChild: person.isChild,
      region: latest?.region ?? null,
      foreignNational: person.citizenshipGroup === CitizenshipGroup.FOREIGN,
      identificationStatus: person.identificationStatus,
      childProtectionUnitIds: person.isChild ? await this.relationships.childProtectionUnitsOf(person.id) : [],
    };
  }

  async member(userId: string): Promise<FormalIdentificationMemberFacts | null> {
    const user = await this.directory.findUser(userId);
    if (!user) return null;
    return { id: user.id, roles: user.roles, agencyId: user.agencyId, agencyType: user.agencyType, region: user.region };
  }

  async requested(body: FormalIdentificationRequestedBody): Promise<void> {
    const person = await this.persons.find(body.personId.toLowerCase());
    if (!person) throw new ApiError(ApiErrorCode.NOT_FOUND, 'Person not found');
    await this.transactions.inTransaction((manager) =>
      this.persons.applyFormalIdentificationStatus(manager, {
        personId: person.id,
        formalIdentificationId: body.formalIdentificationId.toLowerCase(),
        requestedAt: new Date(body.requestedAt),
        status: IdentificationStatus.FORMAL_ID_REQUESTED,
      }),
    );
  }

  async convened(body: FormalIdentificationGroupBody): Promise<void> {
    const person = await this.persons.find(body.personId.toLowerCase());
    if (!person) throw new ApiError(ApiErrorCode.NOT_FOUND, 'Person not found');
    await this.transactions.inTransaction((manager) =>
      this.relationships.openFormalIdGroup(manager, person.id, body.formalIdentificationId.toLowerCase(), body.agencyIds),
    );
  }

  /**
   * Only a member agency of the sitting group may end it: anyone else (or a second conclusion, once the links ended)
   * is FORBIDDEN, and the event then carries the conclusion alone.
   */
  async concluded(body: FormalIdentificationConclusionBody, principal: Principal): Promise<void> {
    const personId = body.personId.toLowerCase();
    const formalIdentificationId = body.formalIdentificationId.toLowerCase();
    await this.transactions.inTransaction(async (manager) => {
      if (!(await this.relationships.sitsInFormalIdGroup(manager, personId, formalIdentificationId, principal.agencyId))) {
        throw new ApiError(ApiErrorCode.FORBIDDEN, 'Only a member of the sitting group may conclude it');
      }
      await this.relationships.endFormalIdGroup(manager, personId, formalIdentificationId, body.agencyIds);
      await this.persons.applyFormalIdentificationStatus(manager, {
        personId,
        formalIdentificationId,
        requestedAt: new Date(body.requestedAt),
        status: body.outcome === 'VICTIM' ? IdentificationStatus.VICTIM : IdentificationStatus.NOT_VICTIM,
      });
    });
  }
}
