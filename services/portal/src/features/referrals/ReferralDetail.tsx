import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Dialog, FieldError, Heading, Label, Modal, ModalOverlay, RadioGroup } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime, formatSince } from '../../format';
import { RadioItem } from '../../ui';
import { ReferralQuery, WithdrawReferralMutation } from './operations';
import { ProblemAlert } from './ProblemAlert';
import { WITHDRAWAL_REASONS, withdrawFormSchema, type WithdrawFormValues } from './rules';

/** Withdraws a pending referral: a coded reason, then a confirmation, since the provider is told at once. */
export function WithdrawForm({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<WithdrawFormValues | undefined>();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const { control, handleSubmit, setError } = useForm<WithdrawFormValues>({ resolver: zodResolver(withdrawFormSchema) });
  const [withdraw, withdrawal] = useMutation(WithdrawReferralMutation);

  const confirm = async () => {
    if (!confirming) return;
    setProblems([]);
    try {
      await withdraw({ variables: { input: { referralId, reason: confirming.reason } } });
    } catch (error) {
      const found = apiProblems(error);
      const reasonProblem = found.find((problem) => problem.fields.includes('input.reason'));
      if (reasonProblem) setError('reason', { type: 'api', message: `apiErrors.${reasonProblem.code}` });
      setProblems(found.filter((problem) => problem !== reasonProblem));
    } finally {
      setConfirming(undefined);
    }
  };

  return (
    <form className="card referrals-form" noValidate aria-labelledby="withdraw-heading" onSubmit={(event) => void handleSubmit((values) => setConfirming(values))(event)}>
      <h2 id="withdraw-heading">{t('referrals.withdraw.title')}</h2>
      <p>{t('referrals.withdraw.intro')}</p>
      <ProblemAlert problems={problems} />
      <Controller
        control={control}
        name="reason"
        render={({ field, fieldState }) => (
          <RadioGroup className="choices" value={field.value ?? null} onChange={field.onChange} isInvalid={fieldState.invalid} name="reason">
            <Label>{t('referrals.withdraw.reason')}</Label>
            {WITHDRAWAL_REASONS.map((reason) => (
              <RadioItem key={reason} value={reason}>
                {t(`referrals.withdrawalReasons.${reason}`)}
              </RadioItem>
            ))}
            <FieldError className="field-error">{fieldState.error?.message ? t(fieldState.error.message) : undefined}</FieldError>
          </RadioGroup>
        )}
      />
      <Button type="submit" className="button danger" isDisabled={withdrawal.loading}>
        {withdrawal.loading ? t('referrals.withdraw.sending') : t('referrals.withdraw.submit')}
      </Button>
      <ModalOverlay className="referrals-overlay" isOpen={Boolean(confirming)} onOpenChange={(open) => !open && setConfirming(undefined)} isDismissable>
        <Modal className="referrals-modal">
          <Dialog role="alertdialog" className="referrals-dialog">
            <Heading slot="title">{t('referrals.withdraw.confirmTitle')}</Heading>
            <p>{t('referrals.withdraw.confirmText', { reason: confirming ? t(`referrals.withdrawalReasons.${confirming.reason}`) : '' })}</p>
            <div className="referrals-actions">
              <Button className="button secondary" onPress={() => setConfirming(undefined)} autoFocus>
                {t('referrals.withdraw.cancel')}
              </Button>
              <Button className="button danger" onPress={() => void confirm()}>
                {t('referrals.withdraw.confirm')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </form>
  );
}

/** One referral as it stands: status, provider, answer, its dates and how long it has waited, and its withdrawal. */
export function ReferralDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ReferralQuery, { variables: { id }, pollInterval: 60_000 });
  const date = (iso?: string | null) => (iso ? formatDateTime(iso, i18n.language) : undefined);
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  const referral = data?.referral;
  if (!referral) {
    return (
      <section aria-labelledby="referral-heading">
        <h1 id="referral-heading">{t('referrals.detail.title')}</h1>
        <ProblemAlert problems={apiProblems(error ?? new Error('missing'))} />
      </section>
    );
  }
  const events: [string, string | undefined][] = [
    ['referrals.detail.created', date(referral.createdAt)],
    ['referrals.detail.responded', date(referral.respondedAt)],
    ['referrals.detail.withdrawn', date(referral.withdrawnAt)],
    ['referrals.detail.consentWithdrawnAt', date(referral.consentWithdrawnAt)],
    ['referrals.detail.closed', date(referral.closedAt)],
  ];
  return (
    <section aria-labelledby="referral-heading" className="referrals-page">
      <h1 id="referral-heading">{t('referrals.detail.titleWithReference', { reference: referral.reference })}</h1>
      <p>
        <Link to="/referrals">{t('referrals.detail.backToList')}</Link> · <Link to={`/people/${referral.person.id}`}>{t('referrals.backToPerson')}</Link>
      </p>
      <p className={`referrals-status status-${referral.status}`} data-testid="referral-status">
        {t(`referrals.status.${referral.status}`)}
      </p>
      {referral.status === 'PENDING' && (
        <p className="referrals-clock" role="status">
          {t(referral.urgent ? 'referrals.detail.waitingUrgent' : 'referrals.detail.waiting', { since: formatSince(referral.createdAt, new Date(), i18n.language) })}
        </p>
      )}
      <dl className="referrals-facts card">
        <dt>{t('referrals.detail.provider')}</dt>
        <dd>
          {referral.provider.name} ({referral.provider.region})
        </dd>
        <dt>{t('referrals.list.priority')}</dt>
        <dd>{t(`referrals.priority.${referral.urgent ? 'URGENT' : 'NORMAL'}`)}</dd>
        <dt>{t('referrals.detail.optionsOffered')}</dt>
        <dd>{referral.optionsOffered.length}</dd>
        <dt>{t('referrals.detail.answer')}</dt>
        <dd>
          {referral.status === 'ACCEPTED' || referral.status === 'CLOSED' || referral.caseId
            ? t('referrals.detail.accepted')
            : referral.status === 'DECLINED'
              ? t('referrals.detail.declined', { reason: referral.declineReason ?? t('common.none') })
              : referral.status === 'PENDING'
                ? t('referrals.detail.noAnswerYet')
                : '—'}
        </dd>
        {referral.withdrawalReason && (
          <>
            <dt>{t('referrals.withdraw.reason')}</dt>
            <dd>{t(`referrals.withdrawalReasons.${referral.withdrawalReason}`)}</dd>
          </>
        )}
        {referral.overCapacityAgreement && (
          <>
            <dt>{t('referrals.detail.agreement')}</dt>
            <dd>{referral.overCapacityAgreement.reference}</dd>
          </>
        )}
        {referral.placedOverCapacity && (
          <>
            <dt>{t('referrals.detail.overCapacity')}</dt>
            <dd>{t('common.yes')}</dd>
          </>
        )}
        {referral.consentWithdrawn && (
          <>
            <dt>{t('referrals.detail.consentWithdrawn')}</dt>
            <dd>{t('common.yes')}</dd>
          </>
        )}
        {referral.transferFromReferralId && (
          <>
            <dt>{t('referrals.detail.transferFrom')}</dt>
            <dd>
              <Link to={`/referrals/${referral.transferFromReferralId}`}>{t('referrals.detail.previousReferral')}</Link>
            </dd>
          </>
        )}
      </dl>
      <h2>{t('referrals.detail.dates')}</h2>
      <ol className="referrals-timeline">
        {events
          .filter((entry): entry is [string, string] => Boolean(entry[1]))
          .map(([label, when]) => (
            <li key={label}>
              <strong>{t(label)}</strong> {when}
            </li>
          ))}
      </ol>
      {referral.status === 'PENDING' && <WithdrawForm referralId={referral.id} />}
    </section>
  );
}

export default ReferralDetail;
