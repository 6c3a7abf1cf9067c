import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupControl, RadioControl, useApiProblems } from '../../form-fields';
import type { NotificationKind } from '../../gql/graphql';
import { z } from '../../zod';
import { EMAIL_LANGUAGES, NOTIFICATION_KINDS } from './model';
import { SetPreferencesMutation } from './operations';

const schema = z.object({
  emailKinds: z.array(z.enum(NOTIFICATION_KINDS)),
  language: z.enum(EMAIL_LANGUAGES, { error: 'preferences.rules.language' }),
});
type Values = z.input<typeof schema>;

export interface Preferences {
  emailKinds: NotificationKind[];
  alwaysEmailedKinds: NotificationKind[];
  language?: string | null;
}

const SHOWN_PATHS = ['input.emailKinds', 'input.language'];

/**
 * Which notification kinds the caller receives by e-mail, and in which language. Urgent kinds are e-mailed whatever
 * the preferences (docs/notifications.md): they are shown ticked and disabled, with the reason.
 */
export function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(false);
  const api = useApiProblems(SHOWN_PATHS);
  const [save, { loading }] = useMutation(SetPreferencesMutation);
  const always = new Set(preferences.alwaysEmailedKinds);
  const optional = NOTIFICATION_KINDS.filter((kind) => !always.has(kind));
  const { control, handleSubmit, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      emailKinds: preferences.emailKinds.filter((kind) => !always.has(kind)),
      language: (EMAIL_LANGUAGES as readonly string[]).includes(preferences.language ?? '') ? (preferences.language as Values['language']) : i18n.language === 'sq' ? 'sq' : 'en',
    },
  });
  const submit = handleSubmit(async (values) => {
    api.clear();
    setSaved(false);
    try {
      const result = await save({ variables: { input: { emailKinds: values.emailKinds, language: values.language } } });
      const next = result.data?.setNotificationPreferences;
      if (next) reset({ emailKinds: next.emailKinds.filter((kind) => !always.has(kind)), language: values.language });
      setSaved(true);
    } catch (error) {
      api.fail(error);
    }
  });
  return (
    <Form className="card preferences-form" onSubmit={(event) => void submit(event)} aria-labelledby="preferences-form-title" validationBehavior="aria">
      <h2 id="preferences-form-title">{t('preferences.formTitle')}</h2>
      {api.general.map((problem) => (
        <p key={problem.code} role="alert" className="alert">
          {t(`apiErrors.${problem.code}`)}
        </p>
      ))}
      <CheckboxGroupControl
        control={control}
        name="emailKinds"
        label={t('preferences.emailKinds')}
        error={api.errorAt('input.emailKinds')}
        options={optional.map((kind) => ({ value: kind, label: t(`notificationKinds.${kind}`) }))}
      />
      {always.size > 0 && (
        <fieldset className="choices preferences-always">
          <legend>{t('preferences.alwaysTitle')}</legend>
          <p id="preferences-always-reason" className="hint">
            {t('preferences.alwaysReason')}
          </p>
          {preferences.alwaysEmailedKinds.map((kind) => (
            <Checkbox key={kind} className="check" isSelected isDisabled aria-describedby="preferences-always-reason">
              <span className="check-box" aria-hidden="true" />
              <span>{t(`notificationKinds.${kind}`)}</span>
            </Checkbox>
          ))}
        </fieldset>
      )}
      <RadioControl
        control={control}
        name="language"
        label={t('preferences.language')}
        error={api.errorAt('input.language')}
        options={EMAIL_LANGUAGES.map((language) => ({ value: language, label: t(`preferences.languages.${language}`) }))}
      />
      <div className="actions">
        <Button type="submit" className="button" isDisabled={loading}>
          {loading ? t('preferences.saving') : t('preferences.save')}
        </Button>
      </div>
      <p role="status" className="preferences-saved">
        {saved ? t('preferences.saved') : ''}
      </p>
    </Form>
  );
}
