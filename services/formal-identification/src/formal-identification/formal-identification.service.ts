import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@nrm/auth';
import { RESPONSIBLE_AUTHORITY_ROLES } from '@nrm/domain';
import type { FormalIdentificationEntity } from './formal-identification.entity';
import { FormalIdentificationRepository } from './formal-identification.repository';

@Injectable()
export class FormalIdentificationService {
  constructor(private readonly formalIdentifications: FormalIdentificationRepository) {}

  /**
   * The RA sees every formal identification of the person; a group member (police, social service or child
   * protection worker) only those whose group they sit in.
   */
  listOfPerson(personId: string, principal: Principal): Promise<FormalIdentificationEntity[]> {
    const seesAll = principal.roles.some((role) => RESPONSIBLE_AUTHORITY_ROLES.includes(role));
    return this.formalIdentifications.listOfPerson(personId, seesAll ? null : principal.subject);
  }

  /** The person's formal identifications for a subject access export, in the export's transaction. */
  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.formalIdentifications.rowsForExport(manager, personId);
  }
}
