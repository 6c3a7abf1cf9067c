import { ConfigurationError } from '@nrm/config';
import { loadGatewayConfig, subgraphUrlVariable } from './config';
import { subgraphNamesOf } from './gateway-server';

describe('loadGatewayConfig', () => {
  it('defaults to port 4000, depth 12 and the repository supergraph', () => {
    const config = loadGatewayConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.MAX_QUERY_DEPTH).toBe(12);
    expect(config.SUPERGRAPH_FILE).toMatch(/infra\/supergraph\/supergraph\.graphql$/);
    expect(config.subgraphUrls.size).toBe(0);
  });

  it('collects per-subgraph URL overrides by variable name', () => {
    const config = loadGatewayConfig({ SUBGRAPH_URL_FORMAL_IDENTIFICATION: 'http://formal-identification:4003/graphql' });
    expect(config.subgraphUrls.get(subgraphUrlVariable('formal-identification'))).toBe('http://formal-identification:4003/graphql');
  });

  it('refuses an override that is not an http URL, naming the variable but not the value', () => {
    expect(() => loadGatewayConfig({ SUBGRAPH_URL_REFERRAL: 'file:///etc/secret' })).toThrow(ConfigurationError);
    expect(() => loadGatewayConfig({ SUBGRAPH_URL_REFERRAL: 'file:///etc/secret' })).toThrow(/SUBGRAPH_URL_REFERRAL/);
    expect(() => loadGatewayConfig({ SUBGRAPH_URL_REFERRAL: 'file:///etc/secret' })).not.toThrow(/secret/);
  });

  it('refuses a bad limit at boot', () => {
    expect(() => loadGatewayConfig({ MAX_QUERY_DEPTH: 'deep' })).toThrow(/MAX_QUERY_DEPTH/);
  });
});

describe('subgraphNamesOf', () => {
  it('lists the subgraphs of a supergraph from its join__Graph enum', () => {
    const sdl = `enum join__Graph {
      FORMAL_IDENTIFICATION @join__graph(name: "formal-identification", url: "http://127.0.0.1:4003/graphql")
      REFERRAL @join__graph(name: "referral", url: "http://127.0.0.1:4002/graphql")
    }`;
    expect(subgraphNamesOf(sdl)).toEqual(['formal-identification', 'referral']);
  });
});
