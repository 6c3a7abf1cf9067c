export interface PortalServerOptions {
  /** The built portal, services/portal/dist. */
  distDir: string;
  /** 0 for a free port. */
  port: number;
  host?: string;
  /** The GraphQL endpoint the browser calls. */
  gatewayUrl: string;
  /** The OIDC issuer the browser signs in with. */
  issuer: string;
  clientId?: string;
}

export interface PortalServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startPortalServer(options: PortalServerOptions): Promise<PortalServer>;
export function securityHeaders(options: { gatewayUrl: string; issuer: string }): Record<string, string>;
