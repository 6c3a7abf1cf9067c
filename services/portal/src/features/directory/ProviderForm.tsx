import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, generalProblems, problemAt, type ApiProblem } from '../../errors';
import { CheckboxGroupControl, SelectControl, TextControl } from '../../form-fields';
import { changesOf, newProviderSchema, providerSchema, SERVED_GROUPS, SERVICE_CODES, valuesOf, type Provider, type ProviderValues } from './model';
import { CreateProviderMutation, DirectoryQuery, UpdateProviderMutation } from './operations';

const FIELDS = ['agencyId', 'name', 'region', 'serves', 'services', 'placesTotal'] as const;

interface Props {
  /** The provider to edit; without it the form creates one (starting unauthorised: the RA authorises it). */
  provider?: Provider;
  agencies: { id: string; name: string }[];
  regions: { code: string; label: string }[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** platform_admin's provider form: the directory data only (name, region, groups served, services, places). */
export function ProviderForm({ provider, agencies, regions, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const refetchQueries = [{ query: DirectoryQuery, variables: { locale: i18n.language } }];
  const [create, creating] = useMutation(CreateProviderMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateProviderMutation);
  const { control, handleSubmit } = useForm<ProviderValues>({
    resolver: zodResolver(provider ? providerSchema : newProviderSchema),
    defaultValues: provider ? valuesOf(provider) : { agencyId: '', name: '', region: '', serves: [], services: [], placesTotal: '' },
  });
  const submit = handleSubmit(async (values) => {
    setProblems([]);
    try {
      if (provider) {
        const changes = changesOf(provider, values);
        if (Object.keys(changes).length === 0) {
          onDone(t('directory.form.nothingChanged'));
          return;
        }
        await update({ variables: { input: { providerId: provider.id, ...changes } } });
        onDone(t('directory.form.updated', { name: values.name.trim() }));
      } else {
        const { agencyId, name, region, serves, services, placesTotal } = values;
        await create({ variables: { input: { agencyId, name: name.trim(), region, serves, services, placesTotal: Number(placesTotal) } } });
        onDone(t('directory.form.created', { name: name.trim() }));
      }
    } catch (error) {
      setProblems(apiProblems(error));
    }
  });
  const apiErrorAt = (field: string) => {
    const code = problemAt(problems, `input.${field}`);
    return code ? t(`apiErrors.${code}`) : undefined;
  };
  const general = generalProblems(problems, FIELDS.map((field) => `input.${field}`));
  const headingId = provider ? `edit-${provider.id}` : 'create-provider-heading';
  const busy = creating.loading || updating.loading;

  return (
    <Form className="card" onSubmit={(event) => void submit(event)} aria-labelledby={headingId} validationBehavior="aria">
      <h2 id={headingId} tabIndex={-1}>
        {provider ? t('directory.form.editTitle', { name: provider.name }) : t('directory.form.createTitle')}
      </h2>
      {!provider && <p className="hint">{t('directory.form.startsUnauthorised')}</p>}
      {general.length > 0 && (
        <p role="alert" className="alert">
          {t(`apiErrors.${general[0]!.code}`)}
        </p>
      )}
      {!provider && (
        <SelectControl
          control={control}
          name="agencyId"
          label={t('directory.form.agency')}
          placeholder={t('directory.form.chooseAgency')}
          error={apiErrorAt('agencyId')}
          options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        />
      )}
      <TextControl control={control} name="name" label={t('directory.form.name')} error={apiErrorAt('name')} />
      <div className="row">
        <SelectControl
          control={control}
          name="region"
          label={t('directory.form.region')}
          placeholder={t('directory.form.chooseRegion')}
          error={apiErrorAt('region')}
          options={regions.map((region) => ({ value: region.code, label: region.label }))}
        />
        <TextControl control={control} name="placesTotal" label={t('directory.form.placesTotal')} description={t('directory.form.placesHint')} error={apiErrorAt('placesTotal')} />
      </div>
      <div className="row">
        <CheckboxGroupControl
          control={control}
          name="serves"
          label={t('directory.form.serves')}
          error={apiErrorAt('serves')}
          options={SERVED_GROUPS.map((group) => ({ value: group, label: t(`directory.served.${group}`) }))}
        />
        <CheckboxGroupControl
          control={control}
          name="services"
          label={t('directory.form.services')}
          error={apiErrorAt('services')}
          options={SERVICE_CODES.map((code) => ({ value: code, label: t(`directory.service.${code}`) }))}
        />
      </div>
      <div className="actions">
        <Button className="button secondary" onPress={onCancel}>
          {t('directory.form.cancel')}
        </Button>
        <Button type="submit" className="button" isDisabled={busy}>
          {busy ? t('directory.form.saving') : provider ? t('directory.form.save') : t('directory.form.create')}
        </Button>
      </div>
    </Form>
  );
}
