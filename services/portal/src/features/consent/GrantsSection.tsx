import { useMutation, useQuery } from '@apollo/client/react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime } from '../../format';
import type { ConsentGrantsQuery as ConsentGrantsResult } from '../../gql/graphql';
import { DataTable } from '../../DataTable';
import { ConfirmDialog, ProblemList } from './feedback';
import { GrantForm, type AgencyOption } from './GrantForm';
import { ConsentGrantsForReviewQuery, ConsentGrantsQuery, ReviewConsentGrantMutation, WithdrawConsentMutation } from './operations';

type Grant = ConsentGrantsResult['consentGrants'][number];

/** The person's consent ledger: grants in force, then those withdrawn or expired; withdrawal and review; a new grant. */
export function GrantsSection({ personId, agencies }: { personId: string; agencies: AgencyOption[] }) {
  const { t, i18n } = useTranslation();
  const grants = useQuery(ConsentGrantsQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  const forReview = useQuery(ConsentGrantsForReviewQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  const [withdrawing, setWithdrawing] = useState<Grant | null>(null);
  const [reviewing, setReviewing] = useState<Grant | null>(null);
  const list = grants.data?.consentGrants ?? [];
  const queued = useMemo(() => new Set(forReview.data?.consentGrantsForReview.map((grant) => grant.id) ?? []), [forReview.data]);
  // A review just recorded shows at once, before the queue is read again.
  const pendingReview = { has: (id: string) => queued.has(id) && !list.find((grant) => grant.id === id)?.reviewedAt };
  const agencyName = useMemo(() => new Map(agencies.map((agency) => [agency.id, agency.name])), [agencies]);
  const refresh = () => {
    void grants.refetch();
    void forReview.refetch();
  };

  const date = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const grantee = (grant: Grant) =>
    grant.granteeAgencyId ? (agencyName.get(grant.granteeAgencyId) ?? grant.granteeAgencyId) : t('consent.everyAgencyOfType', { type: t(`consent.agencyTypes.${grant.granteeAgencyType}`) });
  const columns: ColumnDef<Grant, unknown>[] = [
    { id: 'purpose', header: t('consent.fields.purpose'), cell: ({ row }) => t(`consent.purposes.${row.original.purpose}`) },
    { id: 'grantee', header: t('consent.fields.grantee'), cell: ({ row }) => grantee(row.original) },
    { id: 'categories', header: t('consent.fields.categories'), cell: ({ row }) => row.original.categories.map((category) => t(`consent.categories.${category}`)).join(', ') },
    { id: 'givenBy', header: t('consent.fields.givenBy'), cell: ({ row }) => t(`consent.givers.${row.original.givenBy}`) },
    { id: 'recordedAt', header: t('consent.fields.recordedAt'), cell: ({ row }) => date(row.original.recordedAt) },
    { id: 'expiresAt', header: t('consent.fields.expiresAt'), cell: ({ row }) => date(row.original.expiresAt) },
    {
      id: 'state',
      header: t('consent.fields.state'),
      cell: ({ row }) => <GrantState grant={row.original} pendingReview={pendingReview.has(row.original.id)} />,
    },
    {
      id: 'actions',
      header: t('consent.fields.actions'),
      cell: ({ row }) => (
        <div className="consent-row-actions">
          {row.original.active && (
            <Button className="button secondary small" onPress={() => setWithdrawing(row.original)}>
              {t('consent.withdraw.button')}
            </Button>
          )}
          {pendingReview.has(row.original.id) && (
            <Button className="button secondary small" onPress={() => setReviewing(row.original)}>
              {t('consent.review.button')}
            </Button>
          )}
        </div>
      ),
    },
  ];

  const inForce = list.filter((grant) => grant.active);
  const ended = list.filter((grant) => !grant.active);
  return (
    <section aria-labelledby="grants-heading" className="consent-section">
      <h2 id="grants-heading">{t('consent.grants.title')}</h2>
      <p className="hint">{t('consent.grants.intro')}</p>
      {grants.loading && !grants.data && <p role="status">{t('common.loading')}</p>}
      {grants.error && <p role="alert">{t(`apiErrors.${apiProblems(grants.error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {grants.data && (
        <>
          <h3 id="grants-in-force">{t('consent.grants.inForce')}</h3>
          {inForce.length ? <DataTable rows={inForce} columns={columns} label={t('consent.grants.inForce')} caption={t('consent.grants.inForce')} rowId={(grant) => grant.id} testId="grants-in-force" /> : <p>{t('consent.grants.noneInForce')}</p>}
          <h3 id="grants-ended">{t('consent.grants.ended')}</h3>
          {ended.length ? <DataTable rows={ended} columns={columns} label={t('consent.grants.ended')} caption={t('consent.grants.ended')} rowId={(grant) => grant.id} testId="grants-ended" /> : <p>{t('consent.grants.noneEnded')}</p>}
        </>
      )}
      <GrantForm personId={personId} agencies={agencies} onGranted={refresh} />
      <WithdrawDialog grant={withdrawing} describe={withdrawing ? `${t(`consent.purposes.${withdrawing.purpose}`)} — ${grantee(withdrawing)}` : ''} onClose={() => setWithdrawing(null)} onDone={refresh} />
      <ReviewGrantDialog grant={reviewing} onClose={() => setReviewing(null)} onDone={refresh} />
    </section>
  );
}

function GrantState({ grant, pendingReview }: { grant: Grant; pendingReview: boolean }) {
  const { t, i18n } = useTranslation();
  const state = grant.withdrawnAt
    ? t('consent.state.withdrawn', { date: formatDateTime(grant.withdrawnAt, i18n.language) })
    : grant.active
      ? t('consent.state.active')
      : t('consent.state.expired');
  return (
    <>
      <span>{state}</span>
      {pendingReview && <span className="tag">{t('consent.state.awaitingReview')}</span>}
      {grant.reviewOutcome && <span className="tag">{t(`consent.reviewOutcomes.${grant.reviewOutcome}`)}</span>}
    </>
  );
}

/** Withdrawal on the person's behalf: what it ends is named before anything is done; the reason is optional. */
function WithdrawDialog({ grant, describe, onClose, onDone }: { grant: Grant | null; describe: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [withdraw, { loading }] = useMutation(WithdrawConsentMutation);
  const close = () => {
    setReason('');
    setProblems([]);
    onClose();
  };
  const confirm = async () => {
    if (!grant) return;
    try {
      await withdraw({ variables: { id: grant.id, reason: reason.trim() || null } });
      close();
      onDone();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  };
  return (
    <ConfirmDialog isOpen={grant !== null} onOpenChange={(open) => !open && close()} title={t('consent.withdraw.title')} confirmLabel={t('consent.withdraw.confirm')} onConfirm={() => void confirm()} busy={loading} danger>
      <p>{t('consent.withdraw.explain', { grant: describe })}</p>
      <TextField className="field" value={reason} onChange={setReason}>
        <Label>{t('consent.withdraw.reason')}</Label>
        <TextArea rows={3} />
      </TextField>
      <ProblemList problems={problems} />
    </ConfirmDialog>
  );
}

/** The RA's review of a flagged grant (law-enforcement cooperation); REVOKED withdraws it. Never by its recorder (the API refuses). */
function ReviewGrantDialog({ grant, onClose, onDone }: { grant: Grant | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'UPHELD' | 'REVOKED'>('UPHELD');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [review, { loading }] = useMutation(ReviewConsentGrantMutation);
  const close = () => {
    setNote('');
    setProblems([]);
    onClose();
  };
  const confirm = async () => {
    if (!grant) return;
    try {
      await review({ variables: { id: grant.id, outcome, note: note.trim() || null } });
      close();
      onDone();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  };
  return (
    <ConfirmDialog isOpen={grant !== null} onOpenChange={(open) => !open && close()} title={t('consent.review.title')} confirmLabel={t('consent.review.confirm')} onConfirm={() => void confirm()} busy={loading}>
      <ReviewFields outcome={outcome} onOutcome={setOutcome} note={note} onNote={setNote} />
      <ProblemList problems={problems} messages={{ FORBIDDEN: t('consent.review.ownDecision') }} />
    </ConfirmDialog>
  );
}

export function ReviewFields({ outcome, onOutcome, note, onNote }: { outcome: 'UPHELD' | 'REVOKED'; onOutcome: (outcome: 'UPHELD' | 'REVOKED') => void; note: string; onNote: (note: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup className="choices" value={outcome} onChange={(value) => onOutcome(value as 'UPHELD' | 'REVOKED')}>
        <Label>{t('consent.review.outcome')}</Label>
        {(['UPHELD', 'REVOKED'] as const).map((value) => (
          <Radio key={value} value={value} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            <span>{t(`consent.reviewOutcomes.${value}`)}</span>
          </Radio>
        ))}
      </RadioGroup>
      <TextField className="field" value={note} onChange={onNote}>
        <Label>{t('consent.review.note')}</Label>
        <TextArea rows={3} />
      </TextField>
    </>
  );
}
