import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../errors';

/** API errors that name no field the form shows, once each, above the form in the user's language. */
export function ProblemAlert({ problems }: { problems: ApiProblem[] }) {
  const { t } = useTranslation();
  const codes = [...new Set(problems.map((problem) => problem.code))];
  if (!codes.length) return null;
  return (
    <div role="alert" className="referrals-alert">
      {codes.map((code) => (
        <p key={code}>{t(`referrals.apiErrors.${code}`, { defaultValue: t(`apiErrors.${code}`) })}</p>
      ))}
    </div>
  );
}
