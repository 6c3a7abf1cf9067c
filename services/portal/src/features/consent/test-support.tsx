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
export type Answer = (sent: Sent) => { data?: unknown; errors?: unknown[] };

/** Renders `ui` with a client whose link answers from `answer`, keeping every operation sent. */
export function renderWithApi(ui: ReactNode, i18nInstance: i18n, answer: Answer) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const entry = { operationName: operation.operationName, variables: operation.variables };
        sent.push(entry);
        observer.next(answer(entry) as never);
        observer.complete();
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

export const sentInput = (sent: Sent[], operationName: string) => sent.find((entry) => entry.operationName === operationName)?.variables['input'] as Record<string, unknown> | undefined;
