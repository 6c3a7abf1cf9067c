import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrailDownSql, auditTrailUpSql } from '@nrm/audit';
import { appRoleDownSql, appRoleUpSql } from '@nrm/database';

/** The role the identification pool runs as (config DATABASE_APP_ROLE); fixed here so this migration never changes. */
const APP_ROLE = 'nrm_identification_app';

/**
 * The hash-chained, append-only audit trail (issue 3), and the restricted role the service's pool switches to, so the
 * database itself refuses the service an UPDATE or DELETE of an audit entry. The role gets data privileges on every
 * table of the schema (and, by default, on tables later migrations create), then only SELECT and INSERT on
 * audit_entry.
 */
export class AuditTrail1764576000000 implements MigrationInterface {
  name = 'AuditTrail1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...appRoleUpSql('identification', APP_ROLE), ...auditTrailUpSql('identification', APP_ROLE)]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Refuses while the trail holds entries; the role stays (cluster-wide, other databases may use it).
    for (const statement of [...auditTrailDownSql('identification'), ...appRoleDownSql('identification', APP_ROLE)]) {
      await queryRunner.query(statement);
    }
  }
}
