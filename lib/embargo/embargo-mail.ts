// The mails a press list receives about an embargoed edition. Plain text; every value is text, never markup.
import type { OutgoingMail } from "@/lib/mail/outbound-mail";
import { subjectLine } from "@/lib/alerts/alert-mail";
import { messages, type KindKey } from "@/lib/i18n/messages";

export interface EmbargoedRelease {
  kind: KindKey;
  title: string;
  summary: string;
  /** The body in the press office's plain-text convention. */
  bodyText: string;
  publicDate: string | null;
  /** "2026-12-04 09:00 KST" */
  until: string;
}

const SIGNATURE = (lists: string[]) => {
  const t = messages("en");
  return ["-- ", `${t.site.ministry}, ${t.site.section}.`, `You receive this as a member of the press list${lists.length === 1 ? "" : "s"} ${lists.map((name) => `“${name}”`).join(", ")}.`];
};

export function embargoMail(input: { to: string; release: EmbargoedRelease; link: string; pressLists: string[] }): OutgoingMail {
  const { release } = input;
  const kind = messages("en").kinds[release.kind].one;
  const text = [
    `EMBARGOED UNTIL ${release.until}`,
    "Not for publication, broadcast or posting before this time.",
    "",
    release.publicDate ? `${kind} · ${release.publicDate}` : kind,
    release.title,
    ...(release.summary ? ["", release.summary] : []),
    "",
    release.bodyText,
    "",
    "Your personal link (please do not forward it; each opening is recorded):",
    input.link,
    "It shows the text until the embargo ends, then takes you to the public page.",
    "",
    ...SIGNATURE(input.pressLists),
  ].join("\n");
  return { to: input.to, subject: subjectLine(`EMBARGOED UNTIL ${release.until}: ${release.title}`), text, purpose: "embargo" };
}

export function embargoExtendedMail(input: { to: string; title: string; until: string; previously: string; pressLists: string[] }): OutgoingMail {
  const text = [
    `The embargo on “${input.title}” has been extended.`,
    "",
    `EMBARGOED UNTIL ${input.until} (previously ${input.previously}).`,
    "Not for publication, broadcast or posting before this time.",
    "",
    "The personal link in our first mail keeps working until then.",
    "",
    ...SIGNATURE(input.pressLists),
  ].join("\n");
  return { to: input.to, subject: subjectLine(`Embargo extended until ${input.until}: ${input.title}`), text, purpose: "embargo" };
}

export function embargoLiftedMail(input: { to: string; title: string; publicUrl: string; pressLists: string[] }): OutgoingMail {
  const text = [`The embargo on “${input.title}” has been lifted: it is public now.`, "", input.publicUrl, "", ...SIGNATURE(input.pressLists)].join("\n");
  return { to: input.to, subject: subjectLine(`Embargo lifted: ${input.title}`), text, purpose: "embargo" };
}
