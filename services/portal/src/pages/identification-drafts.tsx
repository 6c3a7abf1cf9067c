import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiProblems } from '../errors';
import { formatDateTime } from '../format';
import { EMPTY_DRAFT, STEPS, type IdentificationDraft, type Step } from '../identification-rules';
import { browserOffline, keepsLocally, type LocalDraftStore } from '../offline-drafts';
import { DiscardIdentificationDraftMutation, MyIdentificationDraftsQuery, SaveIdentificationDraftMutation } from '../operations/documents';

/** What the server (and a local copy) keeps of the form: the step reached and the answers so far. */
export interface FormState {
  step: Step;
  fields: IdentificationDraft;
}

export function draftPayload(state: FormState): string {
  return JSON.stringify({ version: 1, step: state.step, fields: state.fields });
}

/** The form's state from a saved payload; a field of the wrong type falls back to empty, an unknown one is dropped. */
export function readDraftPayload(payload: string): FormState | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { step, fields } = parsed as { step?: unknown; fields?: Record<string, unknown> };
  const saved = typeof fields === 'object' && fields !== null ? fields : {};
  const restored = Object.fromEntries(
    Object.entries(EMPTY_DRAFT).map(([key, empty]) => {
      const value = saved[key];
      const fits = Array.isArray(empty) ? Array.isArray(value) && value.every((item) => typeof item === 'string') : typeof value === typeof empty;
      return [key, fits ? value : empty];
    }),
  ) as unknown as IdentificationDraft;
  return { step: STEPS.includes(step as Step) ? (step as Step) : 'screening', fields: restored };
}

/** What became of one save: on the server, on this device, refused by the API, or neither. */
type SaveOutcome = 'server' | 'device' | 'refused' | 'failed';

/** Where the open draft is kept: nothing yet, being saved, on the server, only on this device, or not at all. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'server'; at: string } | { kind: 'device' } | { kind: 'failed' };

export interface DraftKeeping {
  state: SaveState;
  /** Saves after a pause in the user's changes. */
  schedule(clientRequestId: string, form: FormState): void;
  /** Drops a save not yet started (before a submission, which consumes the draft). */
  cancel(): void;
  /** Starts a save not yet started at once (before another draft is opened). */
  flush(): void;
  /** The draft was submitted or discarded: its local copy goes, and the list is read again. */
  finished(clientRequestId: string): Promise<void>;
  /** Marks a resumed draft as already kept. */
  resumed(where: SaveState): void;
}

/**
 * Keeps the open draft on the server (saveIdentificationDraft, keyed by its clientRequestId, so a retry never makes
 * two), or sealed on this device while the API cannot be reached; local copies go to the server when the browser is
 * back online.
 */
export function useDraftKeeping(local: LocalDraftStore | undefined, delayMs: number, current: () => { clientRequestId: string; form: FormState } | undefined): DraftKeeping {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [save] = useMutation(SaveIdentificationDraftMutation);
  const drafts = useQuery(MyIdentificationDraftsQuery, { fetchPolicy: 'cache-first' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ clientRequestId: string; payload: string } | undefined>(undefined);
  // Saves one after another, so an older state never lands after a newer one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  /**
   * Saves one state of a draft: on the server, else on this device. `report` says whether the state line of the open
   * draft shows the outcome (a copy of another draft pushed in the background does not).
   */
  const saveNow = useCallback(
    (clientRequestId: string, payload: string, report = true): Promise<SaveOutcome> => {
      const show = (next: SaveState) => report && setState(next);
      const attempt = async (): Promise<SaveOutcome> => {
        show({ kind: 'saving' });
        const keepHere = async (): Promise<SaveOutcome> => {
          if (!local) {
            show({ kind: 'failed' });
            return 'failed';
          }
          await local.keep({ clientRequestId, payload, savedAt: new Date().toISOString() });
          show({ kind: 'device' });
          return 'device';
        };
        if (browserOffline()) return keepHere();
        try {
          const result = await save({ variables: { input: { clientRequestId, payload } } });
          await local?.forget(clientRequestId);
          show({ kind: 'server', at: result.data?.saveIdentificationDraft.updatedAt ?? new Date().toISOString() });
          return 'server';
        } catch (error) {
          if (keepsLocally(error)) return keepHere();
          show({ kind: 'failed' });
          return 'refused';
        }
      };
      const run = queue.current.then(attempt, attempt).catch((): SaveOutcome => {
        show({ kind: 'failed' });
        return 'failed';
      });
      queue.current = run;
      return run;
    },
    [local, save],
  );

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
  }, []);

  const flush = useCallback(() => {
    const waiting = pending.current;
    cancel();
    if (waiting) void saveNow(waiting.clientRequestId, waiting.payload);
  }, [cancel, saveNow]);

  const schedule = useCallback(
    (clientRequestId: string, form: FormState) => {
      cancel();
      pending.current = { clientRequestId, payload: draftPayload(form) };
      timer.current = setTimeout(flush, delayMs);
    },
    [cancel, delayMs, flush],
  );

  // Back online: every copy kept on this device goes to the server (the open draft's newest state with it).
  const currentRef = useRef(current);
  currentRef.current = current;
  const pushLocalCopies = useCallback(async () => {
    if (!local || browserOffline()) return;
    const open = currentRef.current();
    for (const copy of await local.list().catch(() => [])) {
      if (copy.clientRequestId === open?.clientRequestId) continue;
      // A copy the API refuses (already submitted, CONFLICT) can never be saved: it leaves the device.
      if ((await saveNow(copy.clientRequestId, copy.payload, false)) === 'refused') await local.forget(copy.clientRequestId).catch(() => undefined);
    }
    if (open && (await local.list().catch(() => [])).some((copy) => copy.clientRequestId === open.clientRequestId)) {
      cancel();
      await saveNow(open.clientRequestId, draftPayload(open.form));
    }
    await drafts.refetch().catch(() => undefined);
  }, [local, saveNow, cancel, drafts]);

  // Once on opening the page, then at each return online (always the latest pushLocalCopies).
  const push = useRef(pushLocalCopies);
  push.current = pushLocalCopies;
  useEffect(() => {
    void push.current();
    const online = () => void push.current();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [local]);

  useEffect(() => cancel, [cancel]);

  const finished = useCallback(
    async (clientRequestId: string) => {
      cancel();
      await queue.current.catch(() => undefined);
      await local?.forget(clientRequestId).catch(() => undefined);
      setState({ kind: 'idle' });
      await drafts.refetch().catch(() => undefined);
    },
    [cancel, local, drafts],
  );

  return { state, schedule, cancel, flush, finished, resumed: setState };
}

/** The open draft's saving state, announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const text =
    state.kind === 'saving'
      ? t('identification.drafts.saving')
      : state.kind === 'server'
        ? t('identification.drafts.savedOnServer', { time: formatDateTime(state.at, i18n.language) })
        : state.kind === 'device'
          ? t('identification.drafts.savedOnDevice')
          : state.kind === 'failed'
            ? t('identification.drafts.notSaved')
            : '';
  return (
    <p role="status" className={`save-state ${state.kind}`} data-testid="draft-state">
      {text}
    </p>
  );
}

export interface ResumableDraft {
  clientRequestId: string;
  /** The server's id; none for a copy kept only on this device. */
  draftId?: string;
  payload: string;
  savedAt: string;
  onDevice: boolean;
}

/** The user's drafts on the server and copies kept only on this device (a local copy is the newer of the two). */
function useResumableDrafts(local: LocalDraftStore | undefined, openClientRequestId: string) {
  const drafts = useQuery(MyIdentificationDraftsQuery, { fetchPolicy: 'cache-and-network' });
  const [copies, setCopies] = useState<ResumableDraft[]>([]);
  useEffect(() => {
    let current = true;
    void local
      ?.list()
      .then((found) => current && setCopies(found.map((copy) => ({ ...copy, onDevice: true }))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [local, drafts.data]);
  const server: ResumableDraft[] = (drafts.data?.myIdentificationDrafts ?? []).map((draft) => ({
    clientRequestId: draft.clientRequestId,
    draftId: draft.id,
    payload: draft.payload,
    savedAt: draft.updatedAt,
    onDevice: false,
  }));
  const byRequest = new Map<string, ResumableDraft>();
  for (const draft of [...server, ...copies]) {
    const earlier = byRequest.get(draft.clientRequestId);
    byRequest.set(draft.clientRequestId, earlier ? { ...draft, draftId: earlier.draftId ?? draft.draftId } : draft);
  }
  const list = [...byRequest.values()].filter((draft) => draft.clientRequestId !== openClientRequestId).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { list, loading: drafts.loading && !drafts.data, error: drafts.error, refetch: drafts.refetch };
}

export interface DraftListProps {
  local: LocalDraftStore | undefined;
  openClientRequestId: string;
  onResume(draft: ResumableDraft): void;
}

/** The user's unfinished identifications, to continue or discard; the open one is not listed. */
export function DraftList({ local, openClientRequestId, onResume }: DraftListProps) {
  const { t, i18n } = useTranslation();
  const { list, loading, error, refetch } = useResumableDrafts(local, openClientRequestId);
  const [discard, discarding] = useMutation(DiscardIdentificationDraftMutation);
  const [problem, setProblem] = useState<string | undefined>();

  const remove = async (draft: ResumableDraft) => {
    setProblem(undefined);
    try {
      if (draft.draftId) await discard({ variables: { id: draft.draftId } });
      await local?.forget(draft.clientRequestId);
      await refetch();
    } catch (failure) {
      setProblem(apiProblems(failure)[0]?.code ?? 'INTERNAL');
    }
  };

  if (loading) return <p role="status">{t('identification.drafts.loading')}</p>;
  if (error && list.length === 0) return <p role="alert">{t('identification.drafts.loadFailed')}</p>;
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="drafts-heading" className="card drafts">
      <h2 id="drafts-heading">{t('identification.drafts.title')}</h2>
      {problem && <p role="alert">{t(`apiErrors.${problem}`)}</p>}
      <ul>
        {list.map((draft) => {
          const form = readDraftPayload(draft.payload);
          const summaryId = `draft-${draft.clientRequestId}`;
          return (
            <li key={draft.clientRequestId} data-client-request-id={draft.clientRequestId}>
              <p id={summaryId}>
                {t('identification.drafts.summary', {
                  time: formatDateTime(draft.savedAt, i18n.language),
                  step: t(`identification.steps.${form?.step ?? 'screening'}`),
                  count: form?.fields.indicatorCodes.length ?? 0,
                })}
                {draft.onDevice && <span className="tag">{t('identification.drafts.onDevice')}</span>}
              </p>
              <div className="actions">
                <Button className="button secondary" aria-describedby={summaryId} isDisabled={discarding.loading} onPress={() => void remove(draft)}>
                  {t('identification.drafts.discard')}
                </Button>
                <Button className="button" aria-describedby={summaryId} onPress={() => onResume(draft)}>
                  {t('identification.drafts.resume')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
