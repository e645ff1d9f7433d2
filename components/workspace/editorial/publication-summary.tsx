import { DescriptionList } from "@/components/ui/description-list";
import type { Confirmation } from "./move-form";

/** What readers get when this edition goes live, for the question before publishing or scheduling it. */
export type PublicationPreview = {
  title: string;
  /** Language names: the original and every translation readers can read. */
  languages: readonly string[];
  /** Null on a first edition. */
  change: { type: "MAJOR" | "MINOR"; note: string | null } | null;
};

function PublicationSummary({ preview, when, reason }: { preview: PublicationPreview; when: string; reason?: string }) {
  const change = preview.change;
  return (
    <DescriptionList
      items={[
        { term: "Title", detail: preview.title || "(untitled)" },
        { term: "Goes live in", detail: preview.languages.join(", ") },
        {
          term: "Change note",
          detail: !change
            ? "None: this is the first publication."
            : change.type === "MINOR"
              ? "Minor change: readers are not told."
              : change.note
                ? `“${change.note}”`
                : "None given (a major change without a note).",
        },
        { term: "When", detail: when },
        ...(reason !== undefined ? [{ term: "Without review, because", detail: reason || "(no reason given yet)" }] : []),
      ]}
    />
  );
}

/** The questions asked before publishing, scheduling and force-publishing: what goes live, where and when. */
export function publicationQuestions(publication: PublicationPreview, zone: string) {
  return {
    publish: (): Confirmation => ({
      title: "Publish this edition now?",
      body: <PublicationSummary preview={publication} when="Now: readers see it at once, and subscribers are alerted." />,
      confirmLabel: "Publish now",
    }),
    schedule: (data: FormData): Confirmation => ({
      title: "Schedule this edition?",
      body: (
        <PublicationSummary
          preview={publication}
          when={`${String(data.get("publishAt") ?? "").replace("T", " ") || "(no time chosen)"} office time (${zone}). The text is frozen until then.`}
        />
      ),
      confirmLabel: "Schedule publication",
    }),
    forcePublish: (data: FormData): Confirmation => ({
      title: "Force publish without review?",
      body: <PublicationSummary preview={publication} when="Now, without a second editor's review." reason={String(data.get("reason") ?? "").trim()} />,
      confirmLabel: "Force publish now",
    }),
  };
}
