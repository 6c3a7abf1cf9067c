import { parse } from 'csv-parse/sync';
import { startStack, type Stack, waitFor } from '@nrm/testing';

/**
 * A statistics export downloaded through the gateway (docs/statistics.md, Exports): requested and polled in GraphQL,
 * the file fetched from `GET /statistics/exports/:id` on the gateway's origin with the requester's own token, which the
 * gateway forwards to the reporting subgraph. Nobody else gets it, and no other path of the subgraph is reachable.
 */
const REQUEST = `mutation ($input: RequestStatisticsExportInput!) { requestStatisticsExport(input: $input) { id state fileName } }`;
const POLL = `query ($id: ID!) { statisticsExport(id: $id) { id state progress } }`;

describe('statistics export download through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  const download = (id: string, token?: string) =>
    fetch(`${stack.gatewayBaseUrl}/statistics/exports/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  /** Polls the export as its requester until it is READY; FAILED fails the test at once. */
  const builtBy = (id: string, token: string, description: string) =>
    waitFor(
      async () => {
        const polled = await stack.graphql(POLL, { id }, token);
        const state = (polled.data as { statisticsExport?: { state: string } } | null)?.statisticsExport?.state;
        if (state === 'FAILED') throw new Error('export failed');
        return state === 'READY';
      },
      { timeoutMs: 60_000, description },
    );

  it("gives the coordinator's file to the coordinator alone", async () => {
    const coordinator = await stack.tokenFor('coordinator');
    const requested = await stack.graphql(
      REQUEST,
      { input: { kind: 'TABLE', format: 'CSV', table: { from: '2026-01-01', to: '2026-01-31', groupBy: ['SEX'], measure: 'IDENTIFICATIONS' } } },
      coordinator,
    );
    expect(requested.errors).toBeUndefined();
    const { id, fileName } = (requested.data as { requestStatisticsExport: { id: string; fileName: string } }).requestStatisticsExport;
    await builtBy(id, coordinator, 'export built');

    const file = await download(id, coordinator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    expect(file.headers.get('cache-control')).toBe('no-store');
    const text = await file.text();
    expect(text).toMatch(/^# period,2026-01-01 to 2026-01-31$/m);
    expect(text).toMatch(/^# threshold,10$/m);
    const records: Array<Record<string, string>> = parse(text, { comment: '#', comment_no_infix: true, columns: true });
    expect(records.at(-1)).toMatchObject({ table: 'IDENTIFICATIONS|SEX', dimension1: 'SEX', value1: 'TOTAL' });

    expect((await download(id, await stack.tokenFor('ra.officer'))).status).toBe(404);
    expect((await download(id, await stack.tokenFor('auditor'))).status).toBe(403);
    expect((await download(id)).status).toBe(401);
    // Only a single id is forwarded: the subgraph's internal routes stay out of reach.
    expect((await fetch(`${stack.gatewayBaseUrl}/statistics/exports/..%2F..%2Finternal%2Fjobs%2Ffailed`, { headers: { authorization: `Bearer ${coordinator}` } })).status).toBe(400);
  }, 120_000);

  it('gives the CTDC file in the global dataset layout: its 63 columns, in order, as published', async () => {
    const coordinator = await stack.tokenFor('coordinator');
    const requested = await stack.graphql(REQUEST, { input: { kind: 'CTDC', format: 'CSV', table: { from: '2025-01-01', to: '2025-12-31', groupBy: [] } } }, coordinator);
    expect(requested.errors).toBeUndefined();
    const { id, fileName } = (requested.data as { requestStatisticsExport: { id: string; fileName: string } }).requestStatisticsExport;
    expect(fileName).toBe('ctdc-2025-01-01_2025-12-31.csv');
    await builtBy(id, coordinator, 'CTDC export built');
    const file = await download(id, coordinator);
    expect(file.status).toBe(200);
    const text = await file.text();
    expect(text).toMatch(/^# k,11$/m);
    const [header, ...rows] = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(header).toBe(CTDC_HEADER);
    for (const row of rows) expect(row.split(',')).toHaveLength(63);
    expect(text).not.toContain("'-99");
  }, 120_000);
});

/** The CTDC global dataset's header, written out as published (docs/statistics.md, The CTDC export in detail). */
const CTDC_HEADER = [
  'yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,majorityStatusAtExploit,majorityEntry,citizenship',
  'meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlRestrictsFinancialAccess,meansOfControlThreats',
  'meansOfControlPsychologicalAbuse,meansOfControlPhysicalAbuse,meansOfControlSexualAbuse,meansOfControlFalsePromises',
  'meansOfControlPsychoactiveSubstances,meansOfControlRestrictsMovement,meansOfControlRestrictsMedicalCare',
  'meansOfControlExcessiveWorkingHours,meansOfControlUsesChildren,meansOfControlThreatOfLawEnforcement',
  'meansOfControlWithholdsNecessities,meansOfControlWithholdsDocuments,meansOfControlOther,meansOfControlNotSpecified',
  'meansOfControlConcatenated,isForcedLabour,isSexualExploit,isOtherExploit,isSexAndLabour,isForcedMarriage,isForcedMilitary',
  'isOrganRemoval,isSlaveryAndPractices,typeOfExploitConcatenated,typeOfLabourAgriculture,typeOfLabourAquafarming',
  'typeOfLabourBegging,typeOfLabourConstruction,typeOfLabourDomesticWork,typeOfLabourHospitality,typeOfLabourIllicitActivities',
  'typeOfLabourManufacturing,typeOfLabourMiningOrDrilling,typeOfLabourPeddling,typeOfLabourTransportation,typeOfLabourOther',
  'typeOfLabourNotSpecified,typeOfLabourConcatenated,typeOfSexProstitution,typeOfSexPornography,typeOfSexRemoteInteractiveServices',
  'typeOfSexPrivateSexualServices,typeOfSexConcatenated,isAbduction,RecruiterRelationship,CountryOfExploitation',
  'recruiterRelationIntimatePartner,recruiterRelationFriend,recruiterRelationFamily,recruiterRelationOther,recruiterRelationUnknown',
].join(',');
