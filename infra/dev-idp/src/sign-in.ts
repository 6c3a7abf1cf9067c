import type { IncomingMessage } from 'node:http';
import { errors, type KoaContext, type Provider } from 'oidc-provider';
import type { RealmDirectory } from './keycloak-claims';
import { messagesFor, pageLanguage, type PageLanguage } from './messages';
import { messagePage, pageSecurityHeaders, signInPage } from './pages';

/** Keycloak serves its login forms under this path of the realm. */
export const SIGN_IN_PATH = '/login-actions/authenticate/';

const MAX_FORM_BYTES = 8 * 1024;

export interface SignInDependencies {
  provider: Provider;
  directory: RealmDirectory;
  /** The issuer's path, e.g. `/realms/nrm`; the form posts back under it. */
  realmPath: string;
}

/**
 * The interaction oidc-provider sends the browser to: a sign-in form for the login prompt. Consent is never asked
 * (Keycloak clients here have `consentRequired: false`), so a consent prompt is granted on the spot.
 */
export function signInInteraction(dependencies: SignInDependencies) {
  return async function handleSignIn(ctx: KoaContext): Promise<void> {
    // The browser's language until the interaction says which one the client asked for (ui_locales).
    const page = { language: pageLanguage(undefined, ctx.get('accept-language')) };
    try {
      await signIn(dependencies, ctx, page);
    } catch (error) {
      if (!(error instanceof errors.OIDCProviderError)) throw error;
      const words = messagesFor(page.language);
      const description = error.error_description ?? error.error;
      setPage(ctx, error.status);
      ctx.body = messagePage(words.errorTitle, error instanceof errors.SessionNotFound ? words.loginTimedOut : description, page.language);
    }
  };
}

async function signIn({ provider, directory, realmPath }: SignInDependencies, ctx: KoaContext, page: { language: PageLanguage }): Promise<void> {
  const uid = ctx.path.slice(SIGN_IN_PATH.length);
  const action = `${realmPath}${SIGN_IN_PATH}${encodeURIComponent(uid)}`;
  const realmName = directory.realm.name;
  setPage(ctx, 200);

  const interaction = await provider.interactionDetails(ctx.req, ctx.res);
  if (interaction.uid !== uid) throw new errors.SessionNotFound('interaction does not match the sign-in link');
  page.language = pageLanguage(interaction.params['ui_locales'], ctx.get('accept-language'));
  const { language } = page;
  const words = messagesFor(language);

  if (interaction.prompt.name === 'consent') {
    const grantId = interaction.grantId ?? (await newGrant(provider, interaction.session?.accountId, interaction.params.client_id));
    redirect(ctx, await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId } }));
    return;
  }
  if (interaction.prompt.name !== 'login') {
    redirect(ctx, await provider.interactionResult(ctx.req, ctx.res, { error: 'access_denied', error_description: 'unsupported prompt' }));
    return;
  }

  if (ctx.method === 'GET') {
    ctx.body = signInPage({ realmName, action, language });
    return;
  }
  if (ctx.method !== 'POST') {
    setPage(ctx, 405);
    ctx.body = messagePage(words.errorTitle, words.methodNotAllowed, language);
    return;
  }

  const form = await readForm(ctx.req);
  const username = form.get('username') ?? '';
  const user = directory.authenticate(username, form.get('password') ?? undefined);
  if (!user) {
    ctx.body = signInPage({ realmName, action, language, username, error: words.invalidCredentials });
    return;
  }
  redirect(ctx, await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: user.id, remember: false } }));
}

async function newGrant(provider: Provider, accountId: string | undefined, clientId: string | undefined): Promise<string> {
  if (!accountId || !clientId) throw new errors.InvalidRequest('consent requested before sign-in');
  return new provider.Grant({ accountId, clientId }).save();
}

function setPage(ctx: KoaContext, status: number): void {
  ctx.status = status;
  ctx.type = 'html';
  for (const [header, value] of Object.entries(pageSecurityHeaders())) ctx.set(header, value);
}

function redirect(ctx: KoaContext, location: string): void {
  // 303 makes the browser follow a form POST with a GET.
  ctx.status = 303;
  ctx.redirect(location);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new errors.InvalidRequest('form too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
