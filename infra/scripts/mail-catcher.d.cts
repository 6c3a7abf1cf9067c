// Types of mail-catcher.cjs for the TypeScript test harness.

export interface CaughtMessage {
  messageId: string;
  from: string;
  /** Envelope recipients, lower-case. */
  to: string[];
  subject: string;
  text: string;
  language: string | null;
  receivedAt: string;
  /** How often an e-mail with this Message-ID arrived. */
  deliveries: number;
}

export interface MailCatcher {
  smtpPort: number;
  httpPort: number;
  smtpUrl: string;
  httpUrl: string;
  messages(to?: string): CaughtMessage[];
  clear(): void;
  close(): Promise<void>;
}

export function startMailCatcher(options?: { smtpPort?: number; httpPort?: number }): Promise<MailCatcher>;
