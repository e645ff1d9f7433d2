import { z } from "zod";
import type { TransactionClient } from "@/lib/db";

/** No CR or LF: a line break in a header would let text write headers of its own (header injection). */
const headerValue = z.string().regex(/^[^\r\n]*$/, "must be one line");

export const outgoingMailSchema = z.object({
  to: z.email("must be an e-mail address"),
  subject: headerValue.trim().min(1, "must not be empty").max(300),
  text: z.string().min(1, "must not be empty").max(1_000_000),
  html: z.string().max(2_000_000).optional(),
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, "must be a header name"), headerValue).optional(),
  purpose: z.string().trim().min(1).max(64),
});

/** One e-mail to send. Bodies are plain text; `html`, when given, must have been built with escaping. */
export type OutgoingMail = z.input<typeof outgoingMailSchema>;

export class InvalidMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidMailError";
  }
}

function validated(mail: OutgoingMail): z.output<typeof outgoingMailSchema> {
  const result = outgoingMailSchema.safeParse(mail);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InvalidMailError(`Mail ${issue.path.join(".") || "message"} ${issue.message}`);
}

/**
 * Queues mail inside the caller's transaction, so the mail exists exactly when what it announces does: a publish
 * that rolls back sends nothing. The worker (deliver-mail.ts) sends it after commit.
 */
export async function enqueueMail(tx: TransactionClient, mail: OutgoingMail | readonly OutgoingMail[]): Promise<number> {
  const mails = (Array.isArray(mail) ? mail : [mail]).map(validated);
  if (mails.length === 0) return 0;
  const { count } = await tx.outboundMail.createMany({
    data: mails.map((each) => ({
      purpose: each.purpose,
      to: each.to,
      subject: each.subject,
      text: each.text,
      html: each.html ?? null,
      headers: each.headers ?? {},
    })),
  });
  return count;
}
