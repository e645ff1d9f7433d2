// The words of alert mails, per language (English for any language without its own). Plain text: nothing a reader
// or an editor typed is ever interpreted as markup.
import type { OutgoingMail } from "@/lib/mail/outbound-mail";
import { messages, type KindKey } from "@/lib/i18n/messages";

export interface AlertItem {
  kind: KindKey;
  title: string;
  summary: string;
  /** The public page, absolute. */
  url: string;
  /** YYYY-MM-DD, the release's own date. */
  publicDate: string | null;
  /** Set for a major correction of something already published: its change note. */
  correction: { note: string } | null;
}

export interface UnsubscribeLinks {
  /** The page a person opens from the mail's text (asks before unsubscribing). */
  page: string;
  /** RFC 8058 one-click: a mail client POSTs "List-Unsubscribe=One-Click" here. */
  oneClick: string;
}

interface AlertWords {
  confirmSubject: string;
  confirmIntro: (site: string) => string;
  confirmAction: string;
  confirmExpiry: (days: number) => string;
  confirmIgnore: string;
  frequency: Record<"IMMEDIATE" | "DAILY", string>;
  following: string;
  updated: string;
  changeNote: string;
  digestSubject: (count: number) => string;
  digestIntro: (count: number) => string;
  why: string;
  unsubscribe: string;
}

const WORDS: Record<string, AlertWords> = {
  en: {
    confirmSubject: "Confirm your e-mail alerts",
    confirmIntro: (site) => `Someone, probably you, asked for e-mail alerts from the ${site} for this address.`,
    confirmAction: "To start receiving them, open this link and confirm:",
    confirmExpiry: (days) => `The link works for ${days} days.`,
    confirmIgnore: "If you did not ask for this, ignore this mail: nothing will be sent to you.",
    frequency: { IMMEDIATE: "As soon as something is published", DAILY: "Once a day, in one digest" },
    following: "You asked to follow",
    updated: "Updated",
    changeNote: "What changed",
    digestSubject: (count) => `Your daily alert: ${count} new ${count === 1 ? "item" : "items"}`,
    digestIntro: (count) => `Published since your last digest (${count}):`,
    why: "You receive this because you subscribed to e-mail alerts on our site.",
    unsubscribe: "Stop all alerts",
  },
  ko: {
    confirmSubject: "이메일 알림 신청을 확인해 주십시오",
    confirmIntro: (site) => `이 주소로 ${site} 이메일 알림 신청이 접수되었습니다.`,
    confirmAction: "알림을 받으시려면 아래 링크를 열어 확인해 주십시오:",
    confirmExpiry: (days) => `링크는 ${days}일 동안 유효합니다.`,
    confirmIgnore: "신청하지 않으셨다면 이 메일을 무시하십시오. 아무것도 발송되지 않습니다.",
    frequency: { IMMEDIATE: "게시되는 즉시", DAILY: "하루 한 번 모아서" },
    following: "신청 내용",
    updated: "수정",
    changeNote: "수정 내용",
    digestSubject: (count) => `오늘의 알림: 새 자료 ${count}건`,
    digestIntro: (count) => `지난 알림 이후 게시된 자료 (${count}건):`,
    why: "사이트에서 이메일 알림을 신청하셨기 때문에 이 메일을 받으셨습니다.",
    unsubscribe: "모든 알림 해지",
  },
};

/** Subjects stay on one short line whatever the title: the mail queue refuses subjects over 300 characters. */
export function subjectLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

function words(locale: string): AlertWords {
  return WORDS[locale] ?? WORDS.en!;
}

function siteName(locale: string): string {
  const t = messages(locale);
  return `${t.site.ministry} ${t.site.section}`.trim();
}

function unsubscribeHeaders(links: UnsubscribeLinks): Record<string, string> {
  return { "List-Unsubscribe": `<${links.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

function footer(locale: string, links: UnsubscribeLinks): string[] {
  const w = words(locale);
  return ["-- ", w.why, `${w.unsubscribe}: ${links.page}`];
}

export function confirmationMail(input: { to: string; locale: string; confirmUrl: string; frequency: "IMMEDIATE" | "DAILY"; following: string[]; validDays: number }): OutgoingMail {
  const w = words(input.locale);
  const text = [
    w.confirmIntro(siteName(input.locale)),
    "",
    `${w.following}:`,
    ...input.following.map((line) => `  - ${line}`),
    `  (${w.frequency[input.frequency]})`,
    "",
    w.confirmAction,
    input.confirmUrl,
    "",
    w.confirmExpiry(input.validDays),
    w.confirmIgnore,
  ].join("\n");
  return { to: input.to, subject: w.confirmSubject, text, purpose: "alert-confirmation" };
}

function itemLines(locale: string, item: AlertItem): string[] {
  const w = words(locale);
  const kind = messages(locale).kinds[item.kind].one;
  return [
    `${item.correction ? `${w.updated}: ` : ""}${item.title}`,
    item.publicDate ? `${kind} · ${item.publicDate}` : kind,
    ...(item.correction ? [`${w.changeNote}: ${item.correction.note}`] : []),
    ...(item.summary ? ["", item.summary] : []),
    item.url,
  ];
}

export function itemMail(input: { to: string; locale: string; item: AlertItem; unsubscribe: UnsubscribeLinks }): OutgoingMail {
  const w = words(input.locale);
  const kind = messages(input.locale).kinds[input.item.kind].one;
  const subject = subjectLine(`${input.item.correction ? `${w.updated}: ` : `${kind}: `}${input.item.title}`);
  return {
    to: input.to,
    subject,
    text: [...itemLines(input.locale, input.item), "", ...footer(input.locale, input.unsubscribe)].join("\n"),
    headers: unsubscribeHeaders(input.unsubscribe),
    purpose: "alert",
  };
}

export function digestMail(input: { to: string; locale: string; items: AlertItem[]; unsubscribe: UnsubscribeLinks }): OutgoingMail {
  const w = words(input.locale);
  const blocks = input.items.flatMap((item, index) => [...(index > 0 ? [""] : []), ...itemLines(input.locale, item)]);
  return {
    to: input.to,
    subject: w.digestSubject(input.items.length),
    text: [w.digestIntro(input.items.length), "", ...blocks, "", ...footer(input.locale, input.unsubscribe)].join("\n"),
    headers: unsubscribeHeaders(input.unsubscribe),
    purpose: "alert",
  };
}
