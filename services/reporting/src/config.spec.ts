import { reportingConfigSchema } from './config';

describe('reporting configuration', () => {
  const parse = (env: Record<string, string>) => reportingConfigSchema.safeParse({ NODE_ENV: 'test', ...env });

  it('defaults the CTDC export to k = 11 and snapshots to 02:00 on the first of each month', () => {
    const parsed = parse({});
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ CTDC_K: 11, STATISTICS_SNAPSHOT_CRON: '0 2 1 * *', STATISTICS_EXPORT_TTL_HOURS: 24 });
  });

  it('refuses a CTDC k below 11, naming the variable', () => {
    const parsed = parse({ CTDC_K: '10' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['CTDC_K']);
    expect(parse({ CTDC_K: '25' }).data?.CTDC_K).toBe(25);
  });
});
