import { screen, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { renderWithApi, sentInput, type Answer } from '../../test-support';
import { PreferencesForm, type Preferences } from './PreferencesForm';

const PREFERENCES: Preferences = {
  emailKinds: ['NEW_IDENTIFICATION', 'REFERRAL_RECEIVED', 'URGENT_SUICIDE_RISK', 'DEADLINE_REMINDER', 'DEADLINE_ESCALATED'],
  alwaysEmailedKinds: ['URGENT_SUICIDE_RISK', 'DEADLINE_REMINDER', 'DEADLINE_ESCALATED'],
  language: null,
};
const SAVED: Answer = (sent) => ({ data: { setNotificationPreferences: { __typename: 'NotificationPreferences', alwaysEmailedKinds: PREFERENCES.alwaysEmailedKinds, ...(sent.variables['input'] as object) } } });

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

describe('the notification preferences form', () => {
  it('shows urgent kinds as always e-mailed, ticked and disabled, with the reason', () => {
    renderWithApi(<PreferencesForm preferences={PREFERENCES} />, i18nInstance);
    const urgent = screen.getByRole('checkbox', { name: 'Urgent: suicide risk' });
    expect((urgent as HTMLInputElement).checked).toBe(true);
    expect((urgent as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/always e-mailed so that nobody misses them/)).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'New identification' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Consent withdrawn' }) as HTMLInputElement).checked).toBe(false);
  });

  it('sends the kinds left ticked and the chosen language, then says it is saved', async () => {
    const { user, sent } = renderWithApi(<PreferencesForm preferences={PREFERENCES} />, i18nInstance, SAVED);
    await user.click(screen.getByRole('checkbox', { name: 'Referral received' }));
    await user.click(screen.getByRole('radio', { name: 'Shqip' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Your preferences are saved.')).toBeTruthy();
    expect(sentInput(sent, 'SetNotificationPreferences')).toEqual({ emailKinds: ['NEW_IDENTIFICATION'], language: 'sq' });
  });

  it('shows the API refusal beside the field it names', async () => {
    const refuse: Answer = () => ({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: ['input.language'] } }] });
    const { user } = renderWithApi(<PreferencesForm preferences={PREFERENCES} />, i18nInstance, refuse);
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    const group = screen.getByRole('radiogroup', { name: 'Language of the e-mails' });
    expect(await within(group).findByText(i18nInstance.t('apiErrors.BAD_USER_INPUT'))).toBeTruthy();
    expect(screen.queryByText('Your preferences are saved.')).toBeNull();
  });
});
