import { DataSource } from 'typeorm';
import { queryPrepared } from '../src';

// queryPrepared on the real PostgreSQL of the test run: on the pool it reuses one named statement per connection,
// and given a transaction's manager it runs on that transaction's connection.
describe('queryPrepared (real PostgreSQL)', () => {
  let dataSource: DataSource;
  const schema = `prepared_query_${process.pid}`;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'], poolSize: 2, extra: { max: 2 }, logging: false });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    await dataSource.query(`CREATE TABLE "${schema}".item (id int PRIMARY KEY, label text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  const byId = { name: 'prepared_query_spec_by_id', text: `SELECT label FROM "${schema}".item WHERE id = $1` };

  it('prepares the statement once per connection and answers each call with its own values', async () => {
    await dataSource.query(`INSERT INTO "${schema}".item VALUES (1, 'one'), (2, 'two')`);
    for (let round = 0; round < 6; round++) {
      expect(await queryPrepared<{ label: string }>(dataSource, byId, [1])).toEqual([{ label: 'one' }]);
      expect(await queryPrepared<{ label: string }>(dataSource, byId, [2])).toEqual([{ label: 'two' }]);
    }
    const [{ prepared }] = await dataSource.transaction(async (manager) => {
      await queryPrepared(manager, byId, [1]);
      return queryPrepared<{ prepared: number }>(manager, { name: 'prepared_query_spec_count', text: 'SELECT count(*)::int AS prepared FROM pg_prepared_statements WHERE name = $1' }, [
        byId.name,
      ]);
    });
    // Named on this session, not re-sent as an unnamed statement.
    expect(prepared).toBe(1);
  });

  it("runs on the transaction's connection: it sees the transaction's own uncommitted row, and nothing after a rollback", async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO "${schema}".item VALUES (3, 'three')`);
        expect(await queryPrepared<{ label: string }>(manager, byId, [3])).toEqual([{ label: 'three' }]);
        // The pool's other connection does not see it yet.
        expect(await queryPrepared(dataSource, byId, [3])).toEqual([]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await queryPrepared(dataSource, byId, [3])).toEqual([]);
  });
});
