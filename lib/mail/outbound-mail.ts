// PLACEHOLDER until the lead's shared mail module lands on main (helper brief, "The shared outbound-mail module").
// Same contract; replaced wholesale by main's file at merge.
import type { TransactionClient } from "@/lib/db";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  purpose: string;
}

export async function enqueueMail(_tx: TransactionClient, _mail: OutgoingMail | OutgoingMail[]): Promise<void> {
  throw new Error("lib/mail is not merged yet");
}
