import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { personAuditEntriesForExport } from '@nrm/audit';

/** The snapshot a part of a subject access export is read in, and the person's audit entries. */
@Injectable()
export class PersonExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** REPEATABLE READ: every read of the part sees one snapshot. */
  snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }

  auditTrail(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return personAuditEntriesForExport(manager, 'referral', personId);
  }
}
