import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { CaseFieldsFragment, CasesRecordsQuery } from '../../gql/graphql';
import { CheckboxGroupControl, RadioControl, TextControl } from '../../form-fields';
import { GeneralProblems, QueryState, useProblems } from './fields';
import { RecordMonitoringContactMutation } from './operations';
import { dayOf, isOpen, MONITORING_AREAS, MONITORING_MODES, monitoringSchema, type MonitoringValues } from './schemas';

type Contact = NonNullable<NonNullable<CasesRecordsQuery['person']>['monitoringContacts']>[number];

/** A contact on a past day is placed at midday UTC; today's is "now" (the API's default). */
const contactMoment = (day: string, now: Date) => (day === '' || day === dayOf(now) ? null : `${day}T12:00:00.000Z`);

export function MonitoringForm({ caseId, onRecorded, now = new Date() }: { caseId: string; onRecorded: () => void; now?: Date }) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => monitoringSchema(now), [now]);
  const form = useForm<MonitoringValues>({ resolver: zodResolver(schema), defaultValues: { mode: undefined, areas: [], contactedOn: '', notes: '' } });
  const api = useProblems();
  const [record, { loading, data }] = useMutation(RecordMonitoringContactMutation);
  const send = form.handleSubmit(async (values) => {
    api.clear();
    try {
      await record({
        variables: { input: { caseId, mode: values.mode, areas: values.areas, contactedAt: contactMoment(values.contactedOn, now), notes: values.notes.trim() || null } },
      });
      form.reset();
      onRecorded();
    } catch (error) {
      api.fail(error);
    }
  });
  const errors = form.formState.errors;
  const due = data?.recordMonitoringContact.nextContactDueAt;
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)} aria-labelledby="contact-form-heading">
      <h2 id="contact-form-heading">{t('cases.monitoring.record')}</h2>
      {data && (
        <p role="status">
          {due ? t('cases.monitoring.recordedNext', { when: formatDateTime(due, i18n.language) }) : t('cases.monitoring.recorded')}
        </p>
      )}
      <GeneralProblems problems={api.problems} shown={['input.mode', 'input.areas', 'input.contactedAt', 'input.notes']} />
      <RadioControl control={form.control} name="mode" label={t('cases.monitoring.mode')} error={api.errorAt(errors, 'mode')} options={MONITORING_MODES.map((value) => ({ value, label: t(`cases.monitoring.modes.${value}`) }))} />
      <CheckboxGroupControl control={form.control} name="areas" label={t('cases.monitoring.areas')} error={api.errorAt(errors, 'areas')} options={MONITORING_AREAS.map((value) => ({ value, label: t(`cases.monitoring.area.${value}`) }))} />
      <TextControl control={form.control} name="contactedOn" type="date" label={t('cases.monitoring.contactedOn')} error={api.errorAt(errors, 'contactedOn', 'input.contactedAt')} />
      <TextControl control={form.control} name="notes" multiline label={t('cases.monitoring.notes')} error={api.errorAt(errors, 'notes')} />
      <Button type="submit" className="button" isDisabled={loading}>
        {t('cases.monitoring.save')}
      </Button>
    </form>
  );
}

/** The monitoring log, newest first, with when the next contact is due by the case's phase. */
export function MonitoringTab(props: { theCase: CaseFieldsFragment; contacts: Contact[] | undefined; loading: boolean; error?: unknown; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const due = props.theCase.nextMonitoringContactDueAt;
  const contacts = [...(props.contacts ?? [])].reverse();
  return (
    <>
      <h2>{t('cases.monitoring.title')}</h2>
      <p className="cases-due">{due ? t('cases.monitoring.nextDue', { when: formatDateTime(due, i18n.language) }) : t('cases.monitoring.noneDue')}</p>
      <QueryState loading={props.loading} error={props.contacts ? undefined : props.error} empty={contacts.length === 0} emptyText={t('cases.monitoring.empty')}>
        <ul className="cases-entries">
          {contacts.map((contact) => (
            <li key={contact.id} className="card">
              <strong>{formatDateTime(contact.contactedAt, i18n.language)}</strong> · {t(`cases.monitoring.modes.${contact.mode}`)}
              {contact.phase && <> · {t(`cases.phase.${contact.phase}`)}</>}
              <p>{contact.areas.map((area) => t(`cases.monitoring.area.${area}`)).join(', ')}</p>
              {contact.notes && <p>{contact.notes}</p>}
            </li>
          ))}
        </ul>
      </QueryState>
      {isOpen(props.theCase.status) && <MonitoringForm caseId={props.theCase.id} onRecorded={props.onRecorded} />}
    </>
  );
}
