import { join } from 'node:path';
import { committedSchemaSnapshot, describeFreshlyMigratedSchema } from '@nrm/testing';
import { migrations } from '../src/migrations';

// What the migrations build on an empty database; a shipped migration must never change it (docs/migrations.md).
const SNAPSHOT = join(__dirname, '../src/migrations/schema.snapshot.txt');

describe('reporting migrations (real PostgreSQL)', () => {
  it('build on an empty database exactly the schema of the committed snapshot', async () => {
    const actual = await describeFreshlyMigratedSchema({ schema: 'reporting', migrations });
    expect(actual).toBe(committedSchemaSnapshot(SNAPSHOT, actual));
  });
});
