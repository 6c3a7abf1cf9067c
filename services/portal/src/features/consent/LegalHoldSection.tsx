import { useMutation, useQuery } from '@apollo/client/react';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime } from '../../format';
import type { LegalHoldsQuery as LegalHoldsResult } from '../../gql/graphql';
import { DataTable } from '../../DataTable';
import { ConfirmDialog, ProblemList } from './feedback';
import { LegalHoldsQuery, ReleaseLegalHoldMutation, SetLegalHoldMutation } from './operations';

type Hold = LegalHoldsResult['legalHolds'][number];

/** Legal holds (ra_head): erasure waits while one is in force. The reason is a code, never free text. */
export function LegalHoldSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const holds = useQuery(LegalHoldsQuery, { variables: { personId, locale: i18n.language }, fetchPolicy: 'cache-and-network' });
  const [reasonCode, setReasonCode] = useState<string>('');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [releasing, setReleasing] = useState(false);
  const [setHold, setting] = useMutation(SetLegalHoldMutation);
  const [release, released] = useMutation(ReleaseLegalHoldMutation);
  const labels = new Map((holds.data?.legalHoldReasonCodes ?? []).map((reason) => [reason.code as string, reason.label]));
  const list = holds.data?.legalHolds ?? [];
  const inForce = list.find((hold) => !hold.releasedAt);
  const date = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const columns: ColumnDef<Hold, unknown>[] = [
    { id: 'reason', header: t('consent.fields.holdReason'), cell: ({ row }) => labels.get(row.original.reasonCode) ?? row.original.reasonCode },
    { id: 'setAt', header: t('consent.fields.setAt'), cell: ({ row }) => date(row.original.setAt) },
    { id: 'releasedAt', header: t('consent.fields.releasedAt'), cell: ({ row }) => (row.original.releasedAt ? date(row.original.releasedAt) : t('consent.holds.inForce')) },
  ];

  const place = async () => {
    setProblems([]);
    if (!reasonCode) {
      setProblems([{ code: 'BAD_USER_INPUT', fields: ['reasonCode'] }]);
      return;
    }
    try {
      await setHold({ variables: { personId, reasonCode } });
      setReasonCode('');
      void holds.refetch();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  };
  const lift = async () => {
    try {
      await release({ variables: { personId } });
      setReleasing(false);
      void holds.refetch();
    } catch (error) {
      setReleasing(false);
      setProblems(apiProblems(error));
    }
  };
  const reasonMissing = problems.some((problem) => problem.fields.includes('reasonCode'));

  return (
    <section aria-labelledby="holds-heading" className="consent-section">
      <h2 id="holds-heading">{t('consent.holds.title')}</h2>
      <p className="hint">{t('consent.holds.intro')}</p>
      {holds.loading && !holds.data && <p role="status">{t('common.loading')}</p>}
      {holds.error && <p role="alert">{t(`apiErrors.${apiProblems(holds.error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {holds.data && (list.length ? <DataTable rows={list} columns={columns} label={t('consent.holds.title')} caption={t('consent.holds.title')} rowId={(hold) => hold.id} testId="legal-holds" /> : <p>{t('consent.holds.none')}</p>)}
      <ProblemList problems={problems.filter((problem) => !problem.fields.includes('reasonCode'))} />
      {holds.data &&
        (inForce ? (
          <div className="actions consent-start">
            <Button className="button secondary" onPress={() => setReleasing(true)}>
              {t('consent.holds.release')}
            </Button>
          </div>
        ) : (
          <div className="card">
            <Select className="field select" value={reasonCode || null} onChange={(key) => setReasonCode(String(key ?? ''))} isInvalid={reasonMissing} validationBehavior="aria" placeholder={t('consent.choose')}>
              <Label>{t('consent.fields.holdReason')}</Label>
              <Button className="select-button">
                <SelectValue />
                <span aria-hidden="true">▾</span>
              </Button>
              <FieldError className="field-error">{t('consent.rules.required')}</FieldError>
              <Popover className="select-popover">
                <ListBox className="select-list">
                  {(holds.data.legalHoldReasonCodes ?? []).map((reason) => (
                    <ListBoxItem key={reason.code} id={reason.code} className="select-option">
                      {reason.label}
                    </ListBoxItem>
                  ))}
                </ListBox>
              </Popover>
            </Select>
            <div className="actions">
              <Button className="button" onPress={() => void place()} isDisabled={setting.loading}>
                {t('consent.holds.set')}
              </Button>
            </div>
          </div>
        ))}
      <ConfirmDialog isOpen={releasing} onOpenChange={setReleasing} title={t('consent.holds.releaseTitle')} confirmLabel={t('consent.holds.releaseConfirm')} onConfirm={() => void lift()} busy={released.loading}>
        <p>{t('consent.holds.releaseExplain')}</p>
      </ConfirmDialog>
    </section>
  );
}
