import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable across attempts: `<…@…>`. */
  messageId: string;
  language: string;
}

/** The SMTP relay of SMTP_URL (nodemailer), one pooled transport per process. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<NotificationsConfig>) {
    this.transport = createTransport(runtime.config.SMTP_URL);
    this.from = runtime.config.MAIL_FROM;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
