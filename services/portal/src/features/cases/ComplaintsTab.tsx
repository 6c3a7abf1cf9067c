import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { CasesComplaintsQuery } from '../../gql/graphql';
import { CheckboxControl, NativeSelectControl, RadioControl, TextControl } from '../../form-fields';
import { GeneralProblems, QueryState, useProblems } from './fields';
import { ComplaintsQuery, LodgeComplaintMutation, RecordComplaintOutcomeMutation } from './operations';
import { COMPLAINT_ADDRESSEES, COMPLAINT_ASPECTS, COMPLAINT_CHANNELS, COMPLAINT_OUTCOMES, complaintOutcomeSchema, complaintSchema, type ComplaintOutcomeValues, type ComplaintValues } from './schemas';

type Complaint = CasesComplaintsQuery['complaints'][number];

/** The newest complaints addressed to the caller: 100 keeps the query within the gateway's complexity limit. */
const COMPLAINTS_PAGE = 100;

/** A complaint, also on the person's behalf; an anonymous one names no case. The answer is a receipt without content. */
export function ComplaintForm({ caseId, onLodged }: { caseId: string; onLodged: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useForm<ComplaintValues>({
    resolver: zodResolver(complaintSchema),
    defaultValues: { anonymous: false, channel: undefined, addressee: undefined, aspect: undefined, description: '' },
  });
  const api = useProblems();
  const [lodge, { loading, data }] = useMutation(LodgeComplaintMutation);
  const anonymous = useWatch({ control: form.control, name: 'anonymous' });
  const send = form.handleSubmit(async (values) => {
    api.clear();
    try {
      await lodge({
        variables: {
          input: { caseId: values.anonymous ? null : caseId, anonymous: values.anonymous, channel: values.channel, addressee: values.addressee, aspect: values.aspect, description: values.description.trim() },
        },
      });
      form.reset();
      onLodged();
    } catch (error) {
      api.fail(error);
    }
  });
  const errors = form.formState.errors;
  const receipt = data?.lodgeComplaint;
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)} aria-labelledby="complaint-form-heading">
      <h2 id="complaint-form-heading">{t('cases.complaints.lodge')}</h2>
      {receipt && (
        <p role="status">
          {t('cases.complaints.receipt', { when: formatDateTime(receipt.lodgedAt, i18n.language), addressee: t(`cases.complaints.addressees.${receipt.addressee}`) })}
        </p>
      )}
      <GeneralProblems problems={api.problems} shown={['input.channel', 'input.addressee', 'input.aspect', 'input.description']} />
      <CheckboxControl control={form.control} name="anonymous" label={t('cases.complaints.anonymous')} />
      {anonymous && <p className="hint">{t('cases.complaints.anonymousHint')}</p>}
      <RadioControl control={form.control} name="channel" label={t('cases.complaints.channel')} error={api.errorAt(errors, 'channel')} options={COMPLAINT_CHANNELS.map((value) => ({ value, label: t(`cases.complaints.channels.${value}`) }))} />
      <NativeSelectControl placeholder={t('cases.form.choose')} control={form.control} name="addressee" label={t('cases.complaints.addressee')} error={api.errorAt(errors, 'addressee')} options={COMPLAINT_ADDRESSEES.map((value) => ({ value, label: t(`cases.complaints.addressees.${value}`) }))} />
      <NativeSelectControl placeholder={t('cases.form.choose')} control={form.control} name="aspect" label={t('cases.complaints.aspect')} error={api.errorAt(errors, 'aspect')} options={COMPLAINT_ASPECTS.map((value) => ({ value, label: t(`cases.complaints.aspects.${value}`) }))} />
      <TextControl control={form.control} name="description" multiline label={t('cases.complaints.description')} error={api.errorAt(errors, 'description')} />
      <Button type="submit" className="button" isDisabled={loading}>
        {t('cases.complaints.submit')}
      </Button>
    </form>
  );
}

function OutcomeForm({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const form = useForm<ComplaintOutcomeValues>({ resolver: zodResolver(complaintOutcomeSchema), defaultValues: { outcome: undefined, note: '' } });
  const api = useProblems();
  const [record, { loading }] = useMutation(RecordComplaintOutcomeMutation);
  const send = form.handleSubmit(async (values) => {
    api.clear();
    try {
      await record({ variables: { input: { complaintId, outcome: values.outcome, note: values.note.trim() || null } } });
    } catch (error) {
      api.fail(error);
    }
  });
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={(event) => void send(event)}>
      <GeneralProblems problems={api.problems} shown={['input.outcome', 'input.note']} />
      <NativeSelectControl placeholder={t('cases.form.choose')} control={form.control} name="outcome" label={t('cases.complaints.outcome')} error={api.errorAt(errors, 'outcome')} options={COMPLAINT_OUTCOMES.map((value) => ({ value, label: t(`cases.complaints.outcomes.${value}`) }))} />
      <TextControl control={form.control} name="note" multiline label={t('cases.complaints.note')} error={api.errorAt(errors, 'note')} />
      <Button type="submit" className="button secondary" isDisabled={loading}>
        {t('cases.complaints.recordOutcome')}
      </Button>
    </form>
  );
}

function ComplaintItem({ complaint }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card">
      <h3>
        {t(`cases.complaints.aspects.${complaint.aspect}`)} · {t(`cases.complaints.addressees.${complaint.addressee}`)}
      </h3>
      <p>
        {formatDateTime(complaint.lodgedAt, i18n.language)} · {t(`cases.complaints.channels.${complaint.channel}`)}
      </p>
      <p>{complaint.description}</p>
      {complaint.outcome ? (
        <p>
          <strong>{t(`cases.complaints.outcomes.${complaint.outcome}`)}</strong>
          {complaint.outcomeNote && <> — {complaint.outcomeNote}</>}
        </p>
      ) : (
        <OutcomeForm complaintId={complaint.id} />
      )}
    </li>
  );
}

/**
 * The complaints about this case addressed to the caller (the API serves only those: one to the state social service
 * never comes back to the shelter), and the form to record one.
 */
export function ComplaintsTab({ caseId, open }: { caseId: string; open: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ComplaintsQuery, { variables: { first: COMPLAINTS_PAGE } });
  const mine = (data?.complaints ?? []).filter((complaint) => complaint.caseId === caseId);
  return (
    <>
      <h2>{t('cases.complaints.title')}</h2>
      <p className="hint">{t('cases.complaints.intro')}</p>
      <QueryState loading={loading && !data} error={error} empty={mine.length === 0} emptyText={t('cases.complaints.empty')}>
        <ul className="cases-entries">
          {mine.map((complaint) => (
            <ComplaintItem key={complaint.id} complaint={complaint} />
          ))}
        </ul>
      </QueryState>
      {open && <ComplaintForm caseId={caseId} onLodged={() => void refetch()} />}
    </>
  );
}
