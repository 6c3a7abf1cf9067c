import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime } from '../../format';
import type { LegalBasisOverridesQuery as OverridesResult } from '../../gql/graphql';
import { DataTable } from '../../DataTable';
import { CheckboxGroupControl, SelectControl, TextControl, useRecordingSubmit } from '../../form-fields';
import { ConfirmDialog, ProblemList, useFieldErrors } from './feedback';
import type { AgencyOption } from './GrantForm';
import { ReviewFields } from './GrantsSection';
import { GrantLegalBasisOverrideMutation, LegalBasisOverridesQuery, ReviewLegalBasisOverrideMutation } from './operations';
import { CATEGORIES, overrideInput, overrideSchema, type OverrideDraft } from './rules';

type Override = OverridesResult['legalBasisOverrides'][number];
const EMPTY_OVERRIDE: OverrideDraft = { granteeAgencyId: '', categories: [], reason: '', hours: '' };
const SHOWN = ['granteeAgencyId', 'categories', 'reason', 'hours'];

/**
 * Legal-basis overrides (vital interests, child protection): the RA head's alone, with a written reason, each reviewed
 * by a second head. An officer is told why the section is closed to them rather than shown a form the API refuses.
 */
export function OverridesSection({ personId, agencies, isHead }: { personId: string; agencies: AgencyOption[]; isHead: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="overrides-heading" className="consent-section">
      <h2 id="overrides-heading">{t('consent.overrides.title')}</h2>
      <p className="hint">{t('consent.overrides.intro')}</p>
      {isHead ? (
        <OverridesForHead personId={personId} agencies={agencies} />
      ) : (
        <p className="consent-closed" data-testid="overrides-closed">
          {t('consent.overrides.headOnly')}
        </p>
      )}
    </section>
  );
}

function OverridesForHead({ personId, agencies }: { personId: string; agencies: AgencyOption[] }) {
  const { t, i18n } = useTranslation();
  const overrides = useQuery(LegalBasisOverridesQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  const [reviewing, setReviewing] = useState<Override | null>(null);
  const agencyName = useMemo(() => new Map(agencies.map((agency) => [agency.id, agency.name])), [agencies]);
  const date = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const columns: ColumnDef<Override, unknown>[] = [
    { id: 'grantee', header: t('consent.fields.grantee'), cell: ({ row }) => agencyName.get(row.original.granteeAgencyId) ?? row.original.granteeAgencyId },
    { id: 'categories', header: t('consent.fields.categories'), cell: ({ row }) => row.original.categories.map((category) => t(`consent.categories.${category}`)).join(', ') },
    { id: 'reason', header: t('consent.fields.reason'), cell: ({ row }) => <span className="consent-reason">{row.original.reason ?? '—'}</span> },
    { id: 'grantedAt', header: t('consent.fields.grantedAt'), cell: ({ row }) => date(row.original.grantedAt) },
    { id: 'expiresAt', header: t('consent.fields.expiresAt'), cell: ({ row }) => date(row.original.expiresAt) },
    {
      id: 'review',
      header: t('consent.fields.review'),
      cell: ({ row }) =>
        row.original.reviewOutcome ? (
          t(`consent.reviewOutcomes.${row.original.reviewOutcome}`)
        ) : (
          <Button className="button secondary small" onPress={() => setReviewing(row.original)}>
            {t('consent.review.button')}
          </Button>
        ),
    },
  ];
  const list = overrides.data?.legalBasisOverrides ?? [];
  return (
    <>
      {overrides.loading && !overrides.data && <p role="status">{t('common.loading')}</p>}
      {overrides.error && <p role="alert">{t(`apiErrors.${apiProblems(overrides.error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {overrides.data && (list.length ? <DataTable rows={list} columns={columns} label={t('consent.overrides.title')} caption={t('consent.overrides.title')} rowId={(row) => row.id} testId="overrides" /> : <p>{t('consent.overrides.none')}</p>)}
      <OverrideForm personId={personId} agencies={agencies} onGranted={() => void overrides.refetch()} />
      <ReviewOverrideDialog override={reviewing} onClose={() => setReviewing(null)} onDone={() => void overrides.refetch()} />
    </>
  );
}

export function OverrideForm({ personId, agencies, onGranted, now = () => new Date() }: { personId: string; agencies: AgencyOption[]; onGranted: () => void; now?: () => Date }) {
  const { t } = useTranslation();
  const form = useForm<OverrideDraft>({ resolver: zodResolver(overrideSchema), defaultValues: EMPTY_OVERRIDE });
  const [grant, { loading }] = useMutation(GrantLegalBasisOverrideMutation);
  const { submit, problems, done } = useRecordingSubmit(form, (draft) => grant({ variables: { input: overrideInput(personId, draft, now()) } }), {
    emptyDraft: EMPTY_OVERRIDE,
    onDone: onGranted,
  });
  const { errorFor, general } = useFieldErrors(form.formState.errors, problems, { hours: 'input.expiresAt' });
  return (
    <form className="card" noValidate aria-labelledby="override-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="override-heading">{t('consent.overrides.formTitle')}</h3>
      <ProblemList problems={general(SHOWN)} />
      {done && (
        <p role="status" className="consent-done">
          {t('consent.overrides.recorded')}
        </p>
      )}
      <SelectControl
        control={form.control}
        name="granteeAgencyId"
        label={t('consent.fields.granteeAgency')}
        placeholder={t('consent.choose')}
        error={errorFor('granteeAgencyId')}
        options={agencies.map((agency) => ({ value: agency.id, label: `${agency.name} (${t(`consent.agencyTypes.${agency.type}`)})` }))}
      />
      <CheckboxGroupControl control={form.control} name="categories" label={t('consent.fields.categories')} error={errorFor('categories')} options={CATEGORIES.map((category) => ({ value: category, label: t(`consent.categories.${category}`) }))} />
      <TextControl control={form.control} name="reason" multiline label={t('consent.fields.reason')} description={t('consent.overrides.reasonHint')} error={errorFor('reason')} />
      <TextControl control={form.control} name="hours" type="number" label={t('consent.fields.hours')} description={t('consent.overrides.hoursHint')} error={errorFor('hours')} />
      <div className="actions">
        <Button type="submit" className="button" isDisabled={loading}>
          {loading ? t('consent.saving') : t('consent.overrides.submit')}
        </Button>
      </div>
    </form>
  );
}

function ReviewOverrideDialog({ override, onClose, onDone }: { override: Override | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'UPHELD' | 'REVOKED'>('UPHELD');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [review, { loading }] = useMutation(ReviewLegalBasisOverrideMutation);
  const close = () => {
    setNote('');
    setProblems([]);
    onClose();
  };
  const confirm = async () => {
    if (!override) return;
    try {
      await review({ variables: { id: override.id, outcome, note: note.trim() || null } });
      close();
      onDone();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  };
  return (
    <ConfirmDialog isOpen={override !== null} onOpenChange={(open) => !open && close()} title={t('consent.review.overrideTitle')} confirmLabel={t('consent.review.confirm')} onConfirm={() => void confirm()} busy={loading}>
      <p>{t('consent.review.overrideExplain')}</p>
      <ReviewFields outcome={outcome} onOutcome={setOutcome} note={note} onNote={setNote} />
      <ProblemList problems={problems} messages={{ FORBIDDEN: t('consent.review.ownDecision') }} />
    </ConfirmDialog>
  );
}
