import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The copy of an unfinished identification kept on this device while the API cannot be reached (docs/portal.md,
 * "Drafts"). It holds personal data, so the browser never holds it readable: each copy is sealed with AES-GCM under a
 * key made on this device with `extractable: false` (the CryptoKey object itself is what IndexedDB keeps, so its bytes
 * never reach script), and bound to the signed-in user (the token's `sub` as additional authenticated data) so
 * another user of the device cannot open it. Sign-out deletes the copies and the key together.
 */

/** What a local copy holds once opened. */
export interface LocalDraft {
  /** The submission's idempotency key; the server's draft is keyed by it too. */
  clientRequestId: string;
  /** The server's draft id when the draft was saved there before. */
  draftId?: string;
  /** The form's state as JSON text, as the server keeps it. */
  payload: string;
  /** ISO instant the copy was kept. */
  savedAt: string;
}

/** A copy as stored: only the client request id (a random UUID, no personal data) is readable. */
export interface SealedDraft {
  clientRequestId: string;
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

/** The browser-only part (IndexedDB in `indexedDbVault`); tests hand in one held in memory. */
export interface DraftVault {
  key(): Promise<CryptoKey | undefined>;
  saveKey(key: CryptoKey): Promise<void>;
  put(sealed: SealedDraft): Promise<void>;
  all(): Promise<SealedDraft[]>;
  remove(clientRequestId: string): Promise<void>;
  /** Deletes the copies and the key. */
  destroy(): Promise<void>;
}

export interface LocalDraftStore {
  keep(draft: LocalDraft): Promise<void>;
  /** The signed-in user's copies, newest first; copies this user cannot open are left out. */
  list(): Promise<LocalDraft[]>;
  forget(clientRequestId: string): Promise<void>;
}

const ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function additionalData(owner: string, clientRequestId: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`nrm-draft\n${owner}\n${clientRequestId}`);
}

/** A store sealing copies for `owner` (the token's `sub`) with `subtle` (the browser's crypto.subtle). */
export function createLocalDraftStore(vault: DraftVault, subtle: SubtleCrypto, owner: string, randomBytes = (size: number) => crypto.getRandomValues(new Uint8Array(size))): LocalDraftStore {
  let keyMade: Promise<CryptoKey> | undefined;
  /** The device's key, made once (not extractable) when the first copy is kept. */
  const deviceKey = (): Promise<CryptoKey> => {
    keyMade ??= (async () => {
      const existing = await vault.key();
      if (existing) return existing;
      const key = await subtle.generateKey(ALGORITHM, false, ['encrypt', 'decrypt']);
      await vault.saveKey(key);
      return key;
    })().catch((error: unknown) => {
      keyMade = undefined;
      throw error;
    });
    return keyMade;
  };

  async function open(sealed: SealedDraft, key: CryptoKey): Promise<LocalDraft | undefined> {
    try {
      const plain = await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(sealed.iv), additionalData: additionalData(owner, sealed.clientRequestId) }, key, sealed.ciphertext);
      const draft = JSON.parse(decoder.decode(plain)) as LocalDraft;
      return draft.clientRequestId === sealed.clientRequestId ? draft : undefined;
    } catch {
      return undefined; // another user's copy, or one sealed under a key since deleted
    }
  }

  return {
    async keep(draft) {
      const key = await deviceKey();
      const iv = randomBytes(IV_BYTES);
      const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(iv), additionalData: additionalData(owner, draft.clientRequestId) }, key, encoder.encode(JSON.stringify(draft)));
      await vault.put({ clientRequestId: draft.clientRequestId, iv, ciphertext });
    },
    async list() {
      const key = await vault.key();
      if (!key) return [];
      const opened = await Promise.all((await vault.all()).map((sealed) => open(sealed, key)));
      return opened.filter((draft): draft is LocalDraft => draft !== undefined).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    forget: (clientRequestId) => vault.remove(clientRequestId),
  };
}

/**
 * Whether a failed save should be kept on this device: the API did not answer (offline, network error, gateway
 * down). An answer of the API itself (CONFLICT, FORBIDDEN, a field refused) is the record and is shown instead.
 */
export function keepsLocally(error: unknown): boolean {
  return !CombinedGraphQLErrors.is(error);
}

/** Whether the browser says it is offline; a save is then kept here without trying the API. */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

const DATABASE = 'nrm-drafts';
const KEYS = 'keys';
const COPIES = 'drafts';
const KEY_ID = 'device';

function request<T>(asked: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    asked.onsuccess = () => resolve(asked.result);
    asked.onerror = () => reject(asked.error ?? new Error('IndexedDB request failed'));
  });
}

/** The vault in this browser's IndexedDB: database `nrm-drafts`, stores `keys` (the CryptoKey) and `drafts`. */
export function indexedDbVault(factory: IDBFactory = indexedDB): DraftVault {
  const openDatabase = (): Promise<IDBDatabase> => {
    const opening = factory.open(DATABASE, 1);
    opening.onupgradeneeded = () => {
      opening.result.createObjectStore(KEYS);
      opening.result.createObjectStore(COPIES, { keyPath: 'clientRequestId' });
    };
    return request(opening);
  };
  /** One transaction on a connection opened for it and closed after, so a deletion is never blocked by it. */
  async function using<T>(store: string, mode: IDBTransactionMode, work: (objects: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const database = await openDatabase();
    try {
      const transaction = database.transaction(store, mode);
      const result = await request(work(transaction.objectStore(store)));
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
      return result;
    } finally {
      database.close();
    }
  }
  return {
    key: async () => (await using<CryptoKey | undefined>(KEYS, 'readonly', (keys) => keys.get(KEY_ID) as IDBRequest<CryptoKey | undefined>)) ?? undefined,
    saveKey: async (key) => {
      await using(KEYS, 'readwrite', (keys) => keys.put(key, KEY_ID));
    },
    put: async (sealed) => {
      await using(COPIES, 'readwrite', (copies) => copies.put(sealed));
    },
    all: () => using<SealedDraft[]>(COPIES, 'readonly', (copies) => copies.getAll() as IDBRequest<SealedDraft[]>),
    remove: async (clientRequestId) => {
      await using(COPIES, 'readwrite', (copies) => copies.delete(clientRequestId));
    },
    destroy: () =>
      new Promise<void>((resolve, reject) => {
        const deleting = factory.deleteDatabase(DATABASE);
        deleting.onsuccess = () => resolve();
        deleting.onerror = () => reject(deleting.error ?? new Error('IndexedDB deletion failed'));
        // Another tab still holds it open: it is deleted once that tab lets go.
        deleting.onblocked = () => resolve();
      }),
  };
}

/** This browser's store for `owner`, or none where IndexedDB or WebCrypto is missing (the form then keeps nothing). */
export function browserDraftStore(owner: string | undefined): LocalDraftStore | undefined {
  if (!owner || typeof indexedDB === 'undefined' || typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  return createLocalDraftStore(indexedDbVault(), crypto.subtle, owner);
}

/** At sign-out: the copies and the key go. */
export async function forgetLocalDrafts(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await indexedDbVault().destroy();
}
