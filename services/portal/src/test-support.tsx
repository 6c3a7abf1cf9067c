import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';

export interface Sent {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}
export interface Result {
  data?: unknown;
  errors?: unknown[];
}
/** The API's answer to one operation; a promise holds the answer back until the test resolves it. */
export type Answer = (sent: Sent) => Result | Promise<Result>;

/*
 * Component-test support, imported by tests only (never by a page, so it stays out of the production bundle): the
 * component under test rendered with translations, a router and an Apollo client whose link answers as the test says.
 */

/** Renders `ui` with a client whose link answers from `answer` (no data by default), keeping every operation sent. */
export function renderWithApi(ui: ReactNode, i18nInstance: i18n, answer: Answer = () => ({ data: null })) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const entry = { operationName: operation.operationName, variables: operation.variables };
        sent.push(entry);
        const reply = (result: Result) => {
          observer.next(result as never);
          observer.complete();
        };
        const result = answer(entry);
        if (result instanceof Promise) void result.then(reply);
        else reply(result);
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  render(
    <I18nextProvider i18n={i18nInstance}>
      <ApolloProvider client={client}>
        <MemoryRouter>{ui}</MemoryRouter>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { sent, user: userEvent.setup() };
}

/** The `input` variable of the first operation sent with that name. */
export const sentInput = (sent: Sent[], operationName: string) => sent.find((entry) => entry.operationName === operationName)?.variables['input'] as Record<string, unknown> | undefined;
