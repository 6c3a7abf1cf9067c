/** Where the portal finds the API and the identity provider: /config.json, written by whoever serves the portal. */
export interface PortalConfig {
  gatewayUrl: string;
  issuer: string;
  clientId: string;
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  const config = (await response.json()) as Partial<PortalConfig>;
  if (!config.gatewayUrl || !config.issuer || !config.clientId) throw new Error('config.json is incomplete');
  return { gatewayUrl: config.gatewayUrl, issuer: config.issuer, clientId: config.clientId };
}
