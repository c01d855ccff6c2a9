import nodemailer, { type Transporter } from 'nodemailer';

export interface MailTransport {
  via: 'smtp' | 'outbox';
  transporter: Transporter;
  from: string;
}

let cached: MailTransport | null = null;

/**
 * SMTP when SMTP_URL is set (smtp://user:pass@host:port); otherwise nodemailer builds the message
 * and it stays in the outbox, which admins can read in development.
 */
export function mailTransport(): MailTransport {
  if (cached) return cached;
  const from = process.env.MAIL_FROM ?? 'PSA Service Desk <service-desk@psa.local>';
  cached = process.env.SMTP_URL
    ? { via: 'smtp', transporter: nodemailer.createTransport(process.env.SMTP_URL), from }
    : { via: 'outbox', transporter: nodemailer.createTransport({ jsonTransport: true }), from };
  return cached;
}

/** For tests that point the mailer at their own SMTP server. */
export function resetMailTransport(): void {
  cached = null;
}
