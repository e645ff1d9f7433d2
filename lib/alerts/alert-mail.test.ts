import { describe, expect, it } from "vitest";
import { outgoingMailSchema } from "@/lib/mail/outbound-mail";
import { digestMail, itemMail, subjectLine } from "./alert-mail";

const unsubscribe = { page: "https://mofa.example/en/alerts/unsubscribe?token=t", oneClick: "https://mofa.example/api/alerts/unsubscribe?token=t" };
const item = (title: string) => ({
  kind: "PRESS_RELEASE" as const,
  title,
  summary: "",
  url: "https://mofa.example/en/press-releases/x",
  publicDate: "2026-12-03",
  correction: null,
});

describe("alert mails", () => {
  it("keep subjects to one short line, so a long title never stops a publication", () => {
    const mail = itemMail({ to: "a@example.org", locale: "en", item: item("Statement ".repeat(40)), unsubscribe });
    expect(mail.subject.length).toBeLessThanOrEqual(200);
    expect(mail.subject.endsWith("…")).toBe(true);
    expect(outgoingMailSchema.safeParse(mail).success).toBe(true);
    expect(subjectLine("Short\nand  plain")).toBe("Short and plain");
  });

  it("carry the one-click unsubscribe headers and the page link in the text", () => {
    const mail = digestMail({ to: "a@example.org", locale: "ko", items: [item("하나"), item("둘")], unsubscribe });
    expect(mail.subject).toBe("오늘의 알림: 새 자료 2건");
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${unsubscribe.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(mail.text).toContain(unsubscribe.page);
    expect(outgoingMailSchema.safeParse(mail).success).toBe(true);
  });
});
