// Plain pages with no external assets; element ids are Keycloak's so browser tests run against either.
import { messagesFor, type PageLanguage } from './messages';

/** Served with every page: nothing loads from elsewhere, and the pages cannot be framed. */
export function pageSecurityHeaders({ inlineScript = false } = {}): Record<string, string> {
  const script = inlineScript ? " script-src 'unsafe-inline';" : '';
  return {
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline';${script} frame-ancestors 'none'`,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

export interface SignInPageModel {
  realmName: string;
  action: string;
  language: PageLanguage;
  username?: string;
  /** The message is in `language` already. */
  error?: string;
}

export function signInPage({ realmName, action, language, username, error }: SignInPageModel): string {
  const words = messagesFor(language);
  const message = error ? `<div class="alert" role="alert"><span id="input-error">${escapeHtml(error)}</span></div>` : '';
  return layout(
    language,
    words.signInTitle.replace('{realm}', realmName),
    `<h1 id="kc-page-title">${escapeHtml(words.signInHeading)}</h1>
    ${message}
    <form id="kc-form-login" method="post" action="${escapeHtml(action)}">
      <label for="username">${escapeHtml(words.username)}</label>
      <input id="username" name="username" type="text" autocomplete="username" autofocus value="${escapeHtml(username ?? '')}">
      <label for="password">${escapeHtml(words.password)}</label>
      <input id="password" name="password" type="password" autocomplete="current-password">
      <button id="kc-login" name="login" type="submit">${escapeHtml(words.signInButton)}</button>
    </form>`,
  );
}

/** An error page; `title` and `message` are in `language` already (the provider's own descriptions stay English). */
export function messagePage(title: string, message: string, language: PageLanguage = 'en'): string {
  return layout(language, title, `<h1 id="kc-page-title">${escapeHtml(title)}</h1><p class="instruction">${escapeHtml(message)}</p>`);
}

/** The confirmation Keycloak shows on logout; it submits itself when the client proved who it is. */
export function logoutPage(form: string, autoSubmit: boolean): string {
  const submit = autoSubmit ? `<script>document.getElementById('kc-logout').click();</script>` : '';
  return layout(
    'en',
    'Logging out',
    `<h1 id="kc-page-title">Logging out</h1>
    <p class="instruction">Do you want to log out?</p>
    ${form}
    <button id="kc-logout" name="logout" value="yes" type="submit" form="op.logoutForm">Logout</button>
    ${submit}`,
  );
}

function layout(language: PageLanguage, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>
    body{font-family:system-ui,sans-serif;background:#f2f2f2;margin:0;padding:48px 16px}
    main{max-width:360px;margin:0 auto;background:#fff;padding:24px 32px;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
    h1{font-size:1.3em;font-weight:500}label{display:block;margin-top:12px}
    input{box-sizing:border-box;width:100%;padding:8px;margin-top:4px}
    button{margin-top:20px;width:100%;padding:10px;background:#0066cc;color:#fff;border:0;border-radius:3px;cursor:pointer}
    .alert{background:#fdecea;border-left:4px solid #c9190b;padding:8px 12px}
  </style>
</head>
<body><main>${body}</main></body>
</html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
