import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { CaseFieldsFragment } from '../../gql/graphql';
import { CheckboxGroupControl, NativeSelectControl, TextControl } from '../../form-fields';
import { GeneralProblems, QueryState, useProblems } from './fields';
import { AdmitToCaseMutation, AssignCaseManagerMutation, MoveCasePhaseMutation, SetCaseTeamMutation, ShelterUsersQuery, StartFollowUpMutation } from './operations';
import { admissionMoment, admitSchema, caseManagerSchema, dayOf, isOpen, PHASES, PLACEMENT_TYPES, teamSchema, type AdmitValues, type CaseManagerValues, type TeamValues } from './schemas';

type TheCase = CaseFieldsFragment;

function Facts({ theCase }: { theCase: TheCase }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const facts: [string, string][] = [
    ['status', t(`cases.status.${theCase.status}`)],
    ['phase', theCase.phase ? t(`cases.phase.${theCase.phase}`) : '—'],
    ['opened', when(theCase.openedAt)],
    ['admitted', when(theCase.admittedAt)],
    ['placement', theCase.placementType ? t(`cases.placement.${theCase.placementType}`) : '—'],
    ['assessmentsDue', when(theCase.assessmentsDueAt)],
    ['phaseReviewDue', when(theCase.phaseReviewDueAt)],
    ['followUpStarted', when(theCase.followUpStartedAt)],
    ['nextContact', when(theCase.nextMonitoringContactDueAt)],
    ['closed', when(theCase.closedAt)],
  ];
  return (
    <dl className="review">
      {facts.map(([key, value]) => (
        <div key={key} className="cases-fact">
          <dt>{t(`cases.summary.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Admission: ACCEPTED → ACTIVE in phase I, on the day the person arrived. */
export function AdmitForm({ caseId, now = new Date() }: { caseId: string; now?: Date }) {
  const { t } = useTranslation();
  const schema = useMemo(() => admitSchema(now), [now]);
  const form = useForm<AdmitValues>({ resolver: zodResolver(schema), defaultValues: { admittedOn: dayOf(now), placementType: undefined } });
  const api = useProblems();
  const [admit, { loading }] = useMutation(AdmitToCaseMutation);
  const send = form.handleSubmit(async (values) => {
    api.clear();
    try {
      await admit({ variables: { input: { caseId, admittedAt: admissionMoment(values.admittedOn, now), placementType: values.placementType } } });
    } catch (error) {
      api.fail(error);
    }
  });
  const errors = form.formState.errors;
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)} aria-labelledby="admit-heading">
      <h2 id="admit-heading">{t('cases.admit.title')}</h2>
      <GeneralProblems problems={api.problems} shown={['input.admittedAt', 'input.placementType']} />
      <TextControl control={form.control} name="admittedOn" type="date" label={t('cases.admit.admittedOn')} error={api.errorAt(errors, 'admittedOn', 'input.admittedAt')} />
      <NativeSelectControl placeholder={t('cases.form.choose')}
        control={form.control}
        name="placementType"
        label={t('cases.admit.placement')}
        error={api.errorAt(errors, 'placementType')}
        options={PLACEMENT_TYPES.map((value) => ({ value, label: t(`cases.placement.${value}`) }))}
      />
      <Button type="submit" className="button" isDisabled={loading}>
        {t('cases.admit.submit')}
      </Button>
    </form>
  );
}

function PhaseActions({ theCase }: { theCase: TheCase }) {
  const { t } = useTranslation();
  const api = useProblems();
  const [move, moving] = useMutation(MoveCasePhaseMutation);
  const [followUp, starting] = useMutation(StartFollowUpMutation);
  if (theCase.status !== 'ACTIVE') return null;
  const next = PHASES[PHASES.indexOf(theCase.phase as (typeof PHASES)[number]) + 1];
  return (
    <div className="card">
      <h2>{t('cases.summary.phaseTitle')}</h2>
      <GeneralProblems problems={api.problems} shown={[]} />
      <div className="cases-buttons">
        {next && (
          <Button
            className="button secondary"
            isDisabled={moving.loading}
            onPress={() => {
              api.clear();
              move({ variables: { input: { caseId: theCase.id, phase: next } } }).catch(api.fail);
            }}
          >
            {t('cases.summary.moveTo', { phase: t(`cases.phase.${next}`) })}
          </Button>
        )}
        <Button
          className="button secondary"
          isDisabled={starting.loading}
          onPress={() => {
            api.clear();
            followUp({ variables: { caseId: theCase.id } }).catch(api.fail);
          }}
        >
          {t('cases.summary.startFollowUp')}
        </Button>
      </div>
    </div>
  );
}

export function SummaryTab({ theCase }: { theCase: TheCase }) {
  return (
    <>
      <Facts theCase={theCase} />
      {theCase.status === 'ACCEPTED' && <AdmitForm caseId={theCase.id} />}
      <PhaseActions theCase={theCase} />
    </>
  );
}

function CaseManagerForm({ theCase, managers }: { theCase: TheCase; managers: { id: string; username: string }[] }) {
  const { t } = useTranslation();
  const form = useForm<CaseManagerValues>({ resolver: zodResolver(caseManagerSchema), defaultValues: { caseManagerId: theCase.caseManagerId ?? '' } });
  const api = useProblems();
  const [assign, { loading }] = useMutation(AssignCaseManagerMutation);
  const send = form.handleSubmit(async ({ caseManagerId }) => {
    api.clear();
    try {
      await assign({ variables: { input: { caseId: theCase.id, caseManagerId } } });
    } catch (error) {
      api.fail(error);
    }
  });
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)}>
      <h2>{t('cases.team.caseManager')}</h2>
      <GeneralProblems problems={api.problems} shown={['input.caseManagerId']} />
      <NativeSelectControl placeholder={t('cases.form.choose')}
        control={form.control}
        name="caseManagerId"
        label={t('cases.team.caseManager')}
        error={api.errorAt(form.formState.errors, 'caseManagerId')}
        options={managers.map((user) => ({ value: user.id, label: user.username }))}
      />
      <Button type="submit" className="button" isDisabled={loading}>
        {t('cases.team.assign')}
      </Button>
    </form>
  );
}

function TeamForm({ theCase, candidates }: { theCase: TheCase; candidates: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const form = useForm<TeamValues>({ resolver: zodResolver(teamSchema), defaultValues: { memberIds: theCase.teamMemberIds } });
  const api = useProblems();
  const [setTeam, { loading }] = useMutation(SetCaseTeamMutation);
  const send = form.handleSubmit(async ({ memberIds }) => {
    api.clear();
    try {
      await setTeam({ variables: { input: { caseId: theCase.id, memberIds } } });
    } catch (error) {
      api.fail(error);
    }
  });
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)}>
      <GeneralProblems problems={api.problems} shown={['input.memberIds']} />
      <CheckboxGroupControl control={form.control} name="memberIds" label={t('cases.team.members')} error={api.errorAt(form.formState.errors, 'memberIds')} options={candidates} />
      <Button type="submit" className="button" isDisabled={loading}>
        {t('cases.team.save')}
      </Button>
    </form>
  );
}

/** The case manager and the multidisciplinary team, picked from the shelter's directory. */
export function TeamTab({ theCase }: { theCase: TheCase }) {
  const { t } = useTranslation();
  const users = useQuery(ShelterUsersQuery);
  const list = users.data?.users ?? [];
  const nameOf = (id: string) => list.find((user) => user.id === id)?.username ?? t('cases.team.unknownUser');
  const managers = list.filter((user) => user.roles.includes('CASE_MANAGER'));
  const candidates = list
    .filter((user) => user.roles.includes('CASE_MANAGER') || (user.roles.includes('SHELTER_STAFF') && user.teamFunction))
    .map((user) => ({ value: user.id, label: user.teamFunction ? `${user.username} (${t(`cases.teamFunction.${user.teamFunction}`)})` : user.username }));
  return (
    <>
      <p>
        {t('cases.team.caseManager')}: {theCase.caseManagerId ? nameOf(theCase.caseManagerId) : t('cases.team.none')}
      </p>
      <h2>{t('cases.team.title')}</h2>
      {theCase.teamMemberIds.length === 0 ? (
        <p className="cases-empty">{t('cases.team.empty')}</p>
      ) : (
        <ul>
          {theCase.teamMemberIds.map((id) => (
            <li key={id}>{nameOf(id)}</li>
          ))}
        </ul>
      )}
      {isOpen(theCase.status) && (
        <QueryState loading={users.loading} error={users.error} empty={false} emptyText="">
          <CaseManagerForm theCase={theCase} managers={managers} />
          <TeamForm theCase={theCase} candidates={candidates} />
        </QueryState>
      )}
    </>
  );
}
