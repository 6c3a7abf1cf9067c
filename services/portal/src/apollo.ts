import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

/** Apollo Client against the gateway; each request carries the in-memory access token of the moment. */
export function createApolloClient(gatewayUrl: string, accessToken: () => string | undefined): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = accessToken();
    return { headers: { ...(prevContext.headers as Record<string, string> | undefined), ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri: gatewayUrl })),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
