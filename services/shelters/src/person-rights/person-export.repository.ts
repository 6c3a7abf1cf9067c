import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { personAuditEntriesForExport } from '@nrm/audit';

/** The transaction a part of a subject access export is read and disclosed in, and the person's audit entries. */
@Injectable()
export class PersonExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  auditTrail(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return personAuditEntriesForExport(manager, 'shelters', personId);
  }
}
