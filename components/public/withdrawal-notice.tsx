import type { Messages } from "@/lib/i18n/messages";

export function WithdrawalNotice({
  kindLabel,
  date,
  reason,
  messages: t,
}: {
  kindLabel: string;
  date: string | null;
  reason: string | null;
  messages: Messages;
}) {
  return (
    <div role="note" className="withdrawal-notice rounded-sm border-l-4 border-accent bg-[#fdecea] px-4 py-3 text-ink" data-withdrawal-notice="">
      <p className="font-semibold">{t.withdrawn.title(kindLabel, date ?? "—")}</p>
      {reason ? (
        <p className="mt-1 text-[0.9375rem]">
          {t.withdrawn.reason}: {reason}
        </p>
      ) : null}
    </div>
  );
}
