import { randomUUID } from 'node:crypto';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// Server-side drafts of an initial identification (docs/api.md, "Drafts"): the author's alone, consumed exactly once by
// the submission that uses their clientRequestId, expired after DRAFT_RETENTION_DAYS.
const SAVE = `mutation Save($input: SaveIdentificationDraftInput!) { saveIdentificationDraft(input: $input) { id clientRequestId payload expiresAt } }`;
const DRAFT = `query Draft($id: ID!) { identificationDraft(id: $id) { id payload } }`;
const MINE = `query { myIdentificationDrafts { id clientRequestId } }`;
const DISCARD = `mutation Discard($id: ID!) { discardIdentificationDraft(id: $id) }`;
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id } }`;

interface Draft {
  id: string;
  clientRequestId: string;
  payload: string;
  expiresAt: string;
}

describe('identification drafts (real PostgreSQL, signed tokens)', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  }, 90_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function save(input: Record<string, unknown>, username = 'police.tirana') {
    return subgraph.graphql<{ saveIdentificationDraft: Draft }>(SAVE, { input }, await subgraph.tokenFor(username));
  }

  async function newDraft(username = 'police.tirana'): Promise<Draft> {
    const clientRequestId = `draft-${randomUUID()}`;
    const result = await save({ clientRequestId, payload: JSON.stringify({ person: { givenName: 'Draft' }, region: 'TIRANA' }) }, username);
    expect(result.errors).toBeUndefined();
    return result.data!.saveIdentificationDraft;
  }

  it('saves, reads back, lists and saves again the author\'s draft, with a retention deadline', async () => {
    const draft = await newDraft();
    expect(JSON.parse(draft.payload)).toEqual({ person: { givenName: 'Draft' }, region: 'TIRANA' });
    const days = (new Date(draft.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const token = await subgraph.tokenFor('police.tirana');
    const again = await save({ draftId: draft.id, clientRequestId: draft.clientRequestId, payload: '{"region":"DURRES"}' });
    expect(again.errors).toBeUndefined();
    const read = await subgraph.graphql<{ identificationDraft: Draft }>(DRAFT, { id: draft.id }, token);
    expect(JSON.parse(read.data!.identificationDraft.payload)).toEqual({ region: 'DURRES' });
    const mine = await subgraph.graphql<{ myIdentificationDrafts: Draft[] }>(MINE, {}, token);
    expect(mine.data!.myIdentificationDrafts.map((item) => item.id)).toContain(draft.id);
    // Saving by clientRequestId again (a retry) saves the same draft, never a second one.
    const retry = await save({ clientRequestId: draft.clientRequestId, payload: '{"region":"FIER"}' });
    expect(retry.data!.saveIdentificationDraft.id).toBe(draft.id);
  });

  it('is consumed exactly once by the submission that uses its clientRequestId', async () => {
    const draft = await newDraft();
    const token = await subgraph.tokenFor('police.tirana');
    const input = { ...adultInput(), clientRequestId: draft.clientRequestId };
    const first = await subgraph.graphql<{ submitInitialIdentification: { id: string } }>(SUBMIT, { input }, token);
    expect(first.errors).toBeUndefined();
    expect((await subgraph.graphql(DRAFT, { id: draft.id }, token)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // A replay answers with the same identification and creates nothing.
    const replay = await subgraph.graphql<{ submitInitialIdentification: { id: string } }>(SUBMIT, { input }, token);
    expect(replay.data!.submitInitialIdentification.id).toBe(first.data!.submitInitialIdentification.id);
    // The clientRequestId is spent: no draft may be saved under it again.
    const reused = await save({ clientRequestId: draft.clientRequestId, payload: '{}' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.clientRequestId'] });
  });

  it('is seen by its author only: first responders of other agencies get NOT_FOUND, other roles FORBIDDEN', async () => {
    const draft = await newDraft();
    const colleague = await newDraft('border.kakavije');
    for (const username of ['border.kakavije', 'ngo.outreach']) {
      const token = await subgraph.tokenFor(username);
      const read = await subgraph.graphql(DRAFT, { id: draft.id }, token);
      expect(read.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const overwrite = await subgraph.graphql(SAVE, { input: { draftId: draft.id, clientRequestId: draft.clientRequestId, payload: '{}' } }, token);
      expect(overwrite.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const discard = await subgraph.graphql(DISCARD, { id: draft.id }, token);
      expect(discard.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    const mine = await subgraph.graphql<{ myIdentificationDrafts: Draft[] }>(MINE, {}, await subgraph.tokenFor('police.tirana'));
    expect(mine.data!.myIdentificationDrafts.map((item) => item.id)).not.toContain(colleague.id);
    for (const username of ['ra.officer', 'ra.head', 'cpw.tirana', 'cm.shelter-a', 'auditor', 'admin']) {
      const read = await subgraph.graphql(DRAFT, { id: draft.id }, await subgraph.tokenFor(username));
      expect(read.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const [row] = await subgraph.dataSource.query(`SELECT payload FROM identification.identification_draft WHERE id = $1`, [draft.id]);
    expect(row.payload).toEqual({ person: { givenName: 'Draft' }, region: 'TIRANA' });
  });

  it('refuses payloads no form sends: not an object, NUL characters, too large — without repeating them', async () => {
    for (const payload of ['[1,2]', 'not json', '"text"', '{"name":"a\\u0000b"}', JSON.stringify({ blob: 'x'.repeat(70_000) })]) {
      const result = await save({ clientRequestId: `draft-${randomUUID()}`, payload });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.payload'] });
      expect(result.errors?.[0]?.message).not.toContain('xxxx');
    }
  });

  it('discards the author\'s draft once; an expired draft reads as gone and is purged', async () => {
    const draft = await newDraft();
    const token = await subgraph.tokenFor('police.tirana');
    expect((await subgraph.graphql(DISCARD, { id: draft.id }, token)).data).toEqual({ discardIdentificationDraft: true });
    expect((await subgraph.graphql(DISCARD, { id: draft.id }, token)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const old = await newDraft();
    await subgraph.dataSource.query(`UPDATE identification.identification_draft SET expires_at = now() - interval '1 minute' WHERE id = $1`, [old.id]);
    expect((await subgraph.graphql(DRAFT, { id: old.id }, token)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    await newDraft();
    expect(await subgraph.dataSource.query(`SELECT 1 FROM identification.identification_draft WHERE id = $1`, [old.id])).toHaveLength(0);
  });
});
