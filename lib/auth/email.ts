/** Emails are stored lower-cased (see prisma/schema.prisma) and looked up the same way. */
export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

/** Longest address SMTP allows; longer input is refused before it reaches the database. */
export const MAX_EMAIL_LENGTH = 254;
