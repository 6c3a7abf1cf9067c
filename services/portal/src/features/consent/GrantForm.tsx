import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupControl, RadioControl, SelectControl, TextControl, useRecordingSubmit } from '../../form-fields';
import { ProblemList, useFieldErrors } from './feedback';
import { GrantConsentMutation } from './operations';
import { CATEGORIES, EMPTY_GRANT, GIVERS, GRANTEE_AGENCY_TYPES, grantInput, grantSchema, PURPOSES, type GrantDraft } from './rules';

export interface AgencyOption {
  id: string;
  name: string;
  type: string;
}

/** Fields the form shows beside themselves; an API error naming another path goes above the form. */
const SHOWN = ['granteeAgencyId', 'granteeAgencyType', 'purpose', 'categories', 'givenBy', 'evidenceReference', 'expiresOn'];

/**
 * Records a consent the person (or for a child a guardian) gave, on the signed form's evidence. Exactly one grantee:
 * one agency or every agency of one type. Whether the purpose may open the chosen categories to the grantee's type is
 * the API's rule; its refusal is shown beside the categories.
 */
export function GrantForm({ personId, agencies, onGranted, now = () => new Date() }: { personId: string; agencies: AgencyOption[]; onGranted: () => void; now?: () => Date }) {
  const { t } = useTranslation();
  const schema = useMemo(() => grantSchema(now), [now]);
  const form = useForm<GrantDraft>({ resolver: zodResolver(schema), defaultValues: EMPTY_GRANT });
  const [grant, { loading }] = useMutation(GrantConsentMutation);
  const { submit, problems, done } = useRecordingSubmit(form, (draft) => grant({ variables: { input: grantInput(personId, draft) as never } }), {
    emptyDraft: EMPTY_GRANT,
    onDone: onGranted,
  });
  const { errorFor, general } = useFieldErrors(form.formState.errors, problems, { expiresOn: 'input.expiresAt' });
  const kind = form.watch('granteeKind');

  return (
    <form className="card" noValidate aria-labelledby="grant-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="grant-heading">{t('consent.grantForm.title')}</h3>
      <ProblemList problems={general(SHOWN)} />
      {done && (
        <p role="status" className="consent-done">
          {t('consent.grantForm.recorded')}
        </p>
      )}
      <RadioControl
        control={form.control}
        name="granteeKind"
        label={t('consent.grantForm.granteeKind')}
        options={[
          { value: 'AGENCY', label: t('consent.grantForm.oneAgency') },
          { value: 'AGENCY_TYPE', label: t('consent.grantForm.agencyType') },
        ]}
      />
      {kind === 'AGENCY' ? (
        <SelectControl
          control={form.control}
          name="granteeAgencyId"
          label={t('consent.fields.granteeAgency')}
          placeholder={t('consent.choose')}
          error={errorFor('granteeAgencyId')}
          options={agencies.map((agency) => ({ value: agency.id, label: `${agency.name} (${t(`consent.agencyTypes.${agency.type}`)})` }))}
        />
      ) : (
        <SelectControl
          control={form.control}
          name="granteeAgencyType"
          label={t('consent.fields.granteeAgencyType')}
          placeholder={t('consent.choose')}
          error={errorFor('granteeAgencyType')}
          options={GRANTEE_AGENCY_TYPES.map((type) => ({ value: type, label: t(`consent.agencyTypes.${type}`) }))}
        />
      )}
      <RadioControl control={form.control} name="purpose" label={t('consent.fields.purpose')} error={errorFor('purpose')} options={PURPOSES.map((purpose) => ({ value: purpose, label: t(`consent.purposes.${purpose}`) }))} />
      <p className="hint">{t('consent.grantForm.purposeHint')}</p>
      <CheckboxGroupControl control={form.control} name="categories" label={t('consent.fields.categories')} error={errorFor('categories')} options={CATEGORIES.map((category) => ({ value: category, label: t(`consent.categories.${category}`) }))} />
      <RadioControl control={form.control} name="givenBy" label={t('consent.fields.givenBy')} error={errorFor('givenBy')} options={GIVERS.map((giver) => ({ value: giver, label: t(`consent.givers.${giver}`) }))} />
      <div className="row">
        <TextControl control={form.control} name="evidenceReference" label={t('consent.fields.evidenceReference')} description={t('consent.grantForm.evidenceHint')} error={errorFor('evidenceReference')} />
        <TextControl control={form.control} name="expiresOn" type="date" label={t('consent.fields.expiresOn')} description={t('consent.grantForm.expiresHint')} error={errorFor('expiresOn')} />
      </div>
      <div className="actions">
        <Button type="submit" className="button" isDisabled={loading}>
          {loading ? t('consent.saving') : t('consent.grantForm.submit')}
        </Button>
      </div>
    </form>
  );
}
