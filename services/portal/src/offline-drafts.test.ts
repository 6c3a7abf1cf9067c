import { CombinedGraphQLErrors } from '@apollo/client';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLocalDraftStore, keepsLocally, type DraftVault, type LocalDraft, type SealedDraft } from './offline-drafts';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const randomBytes = (size: number) => webcrypto.getRandomValues(new Uint8Array(size));

/** The vault held in memory, as IndexedDB would hold it (the CryptoKey object itself, sealed records). */
function memoryVault() {
  const state: { key?: CryptoKey; copies: Map<string, SealedDraft>; keysSaved: number } = { copies: new Map(), keysSaved: 0 };
  const vault: DraftVault = {
    key: async () => state.key,
    saveKey: async (key) => {
      state.key = key;
      state.keysSaved += 1;
    },
    put: async (sealed) => void state.copies.set(sealed.clientRequestId, sealed),
    all: async () => [...state.copies.values()],
    remove: async (id) => void state.copies.delete(id),
    destroy: async () => {
      state.key = undefined;
      state.copies.clear();
    },
  };
  return { vault, state };
}

const draft = (clientRequestId: string, savedAt: string): LocalDraft => ({
  clientRequestId,
  draftId: 'draft-1',
  payload: JSON.stringify({ step: 'interview', fields: { givenName: 'Ana', familyName: 'Hoxha' } }),
  savedAt,
});

describe('the local copy of a draft', () => {
  it('is sealed: nothing of the payload is readable in what the vault holds, and it opens again for its owner', async () => {
    const { vault, state } = memoryVault();
    const store = createLocalDraftStore(vault, subtle, 'user-1', randomBytes);
    await store.keep(draft('request-1', '2026-05-01T10:00:00Z'));

    const sealed = state.copies.get('request-1');
    expect(sealed).toBeDefined();
    const stored = new TextDecoder('latin1').decode(new Uint8Array(sealed?.ciphertext ?? new ArrayBuffer(0)));
    expect(stored).not.toContain('Ana');
    expect(stored).not.toContain('interview');
    expect(Object.keys(sealed ?? {}).sort()).toEqual(['ciphertext', 'clientRequestId', 'iv']);

    expect(await store.list()).toEqual([draft('request-1', '2026-05-01T10:00:00Z')]);
  });

  it('uses one non-extractable AES-GCM key made on the device, and a fresh IV for every copy', async () => {
    const { vault, state } = memoryVault();
    const store = createLocalDraftStore(vault, subtle, 'user-1', randomBytes);
    await Promise.all([store.keep(draft('request-1', '2026-05-01T10:00:00Z')), store.keep(draft('request-2', '2026-05-01T11:00:00Z'))]);
    await store.keep(draft('request-1', '2026-05-01T12:00:00Z'));

    expect(state.keysSaved).toBe(1);
    expect(state.key?.extractable).toBe(false);
    expect(state.key?.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(subtle.exportKey('raw', state.key as CryptoKey)).rejects.toThrow();
    const ivs = [...state.copies.values()].map((sealed) => Buffer.from(sealed.iv).toString('hex'));
    expect(new Set(ivs).size).toBe(ivs.length);
    // Newest first; a copy kept again replaces the one before.
    expect((await store.list()).map((copy) => [copy.clientRequestId, copy.savedAt])).toEqual([
      ['request-1', '2026-05-01T12:00:00Z'],
      ['request-2', '2026-05-01T11:00:00Z'],
    ]);
  });

  it('does not open for another user of the device, nor once moved to another record', async () => {
    const { vault, state } = memoryVault();
    await createLocalDraftStore(vault, subtle, 'user-1', randomBytes).keep(draft('request-1', '2026-05-01T10:00:00Z'));
    expect(await createLocalDraftStore(vault, subtle, 'user-2', randomBytes).list()).toEqual([]);

    const sealed = state.copies.get('request-1') as SealedDraft;
    state.copies.set('request-9', { ...sealed, clientRequestId: 'request-9' });
    expect((await createLocalDraftStore(vault, subtle, 'user-1', randomBytes).list()).map((copy) => copy.clientRequestId)).toEqual(['request-1']);
  });

  it('is forgotten one by one, and all with the key at sign-out', async () => {
    const { vault, state } = memoryVault();
    const store = createLocalDraftStore(vault, subtle, 'user-1', randomBytes);
    await store.keep(draft('request-1', '2026-05-01T10:00:00Z'));
    await store.keep(draft('request-2', '2026-05-01T11:00:00Z'));
    await store.forget('request-1');
    expect((await store.list()).map((copy) => copy.clientRequestId)).toEqual(['request-2']);

    await vault.destroy();
    expect(state.key).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });
});

describe('which failed saves are kept on the device', () => {
  it('keeps what never reached the API, not what the API answered', () => {
    expect(keepsLocally(new TypeError('Failed to fetch'))).toBe(true);
    expect(keepsLocally(new CombinedGraphQLErrors({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT' } }] }))).toBe(false);
  });
});
