import { appRoleUpSql } from './app-role.sql';
import { serviceDataSourceOptions, sessionStartupOptions } from './data-source';

const base = { url: 'postgres://postgres@127.0.0.1:5432/nrm', schema: 'identification', poolSize: 2, applicationName: 'test', entities: [], migrations: [] };

describe('restricted application role', () => {
  it('switches pooled sessions to the app role at connect time, and leaves the migration connection as the owner', () => {
    expect((serviceDataSourceOptions({ ...base, appRole: 'nrm_identification_app' }).extra as { options: string }).options).toBe(
      '-c timezone=UTC -c role=nrm_identification_app',
    );
    expect((serviceDataSourceOptions(base).extra as { options: string }).options).toBe('-c timezone=UTC');
  });

  it('refuses a role name that could smuggle further startup options', () => {
    expect(() => sessionStartupOptions('app -c search_path=evil')).toThrow(/identifier/);
    expect(() => appRoleUpSql('identification', 'x"; DROP ROLE postgres; --')).toThrow(/identifier/);
  });

  it('creates the cluster-wide role only when missing and keeps the migrations table out of its reach', () => {
    const sql = appRoleUpSql('identification', 'nrm_identification_app').join('\n');
    expect(sql).toMatch(/IF NOT EXISTS \(SELECT FROM pg_catalog\.pg_roles WHERE rolname = 'nrm_identification_app'\)/);
    expect(sql).toContain('REVOKE ALL ON "identification".schema_migrations FROM "nrm_identification_app"');
    expect(sql).not.toMatch(/DROP ROLE/);
  });
});
