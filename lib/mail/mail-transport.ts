import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";

/** A mail as the worker hands it to a transport. */
export interface MailToSend {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
}

export interface MailTransport {
  readonly name: "smtp" | "outbox";
  /** Resolves with the Message-ID once the mail has been accepted; rejects with the server's reason. */
  send(mail: MailToSend): Promise<{ messageId: string }>;
  close(): void;
}

function domainOf(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim() || "chancery.invalid";
}

/** The same Message-ID for every attempt of one mail, so a receiving server can recognise a repeat. */
function composed(mail: MailToSend, from: string): Mail.Options {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    headers: mail.headers,
    messageId: `<${mail.id}@${domainOf(from)}>`,
  };
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(mail) {
      const info = await transporter.sendMail(composed(mail, from));
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP: each mail becomes an .eml file in the outbox folder (and the row shows it at /workspace/outbox). */
export function outboxTransport(folder: string, from: string): MailTransport {
  const directory = resolve(folder);
  return {
    name: "outbox",
    async send(mail) {
      const options = composed(mail, from);
      const message = await new MailComposer(options).compile().build();
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, `${mail.id}.eml`), message);
      return { messageId: options.messageId! };
    },
    close: () => undefined,
  };
}

export function outboxFolder(dataDir: string): string {
  return join(dataDir, "outbox");
}

export function transportFor(config: { SMTP_URL?: string; MAIL_FROM: string; CHANCERY_DATA_DIR: string }): MailTransport {
  return config.SMTP_URL
    ? smtpTransport(config.SMTP_URL, config.MAIL_FROM)
    : outboxTransport(outboxFolder(config.CHANCERY_DATA_DIR), config.MAIL_FROM);
}
