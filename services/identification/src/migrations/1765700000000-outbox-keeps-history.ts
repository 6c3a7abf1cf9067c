import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox keeps what the service published: the reporting service rebuilds the national statistics from it
 * (docs/events.md, "The published events, in bulk"). The service's restricted role may no longer delete or truncate
 * an event, nor change one but for the relay's `published_at`.
 */
export class OutboxKeepsHistory1765700000000 implements MigrationInterface {
  name = 'OutboxKeepsHistory1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `REVOKE DELETE, TRUNCATE, UPDATE ON "identification".outbox_event FROM "nrm_identification_app"`,
      `GRANT UPDATE (published_at) ON "identification".outbox_event TO "nrm_identification_app"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `REVOKE UPDATE (published_at) ON "identification".outbox_event FROM "nrm_identification_app"`,
      `GRANT DELETE, UPDATE ON "identification".outbox_event TO "nrm_identification_app"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
