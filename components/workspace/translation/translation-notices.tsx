import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatOfficeTime } from "@/lib/time/office-time";
import type { TranslationConflict } from "./use-translation-draft";

/** Someone saved after this translator opened the text: who and when, and the choice between the two versions. */
export function ConflictNotice({
  conflict,
  timeZone,
  showTheirs,
  onKeepMine,
  onTakeTheirs,
  onToggleTheirs,
}: {
  conflict: TranslationConflict;
  timeZone: string;
  showTheirs: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onToggleTheirs: () => void;
}) {
  return (
    <div className="mb-6" data-conflict="">
      <Alert tone="error" title="Someone else saved this translation">
        <p>
          {conflict.version.lastEditedBy?.name ?? "Someone"} saved at {formatOfficeTime(new Date(conflict.version.updatedAt), timeZone)}. Your changes are
          still here but were not saved. Their text is shown under each row where it differs from yours.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button size="sm" onClick={onKeepMine}>
            Keep my version (save over theirs)
          </Button>
          <Button size="sm" variant="secondary" onClick={onTakeTheirs}>
            Take their version (discard mine)
          </Button>
          <Button size="sm" variant="quiet" onClick={onToggleTheirs}>
            {showTheirs ? "Hide their version" : "Show their version"}
          </Button>
        </div>
      </Alert>
    </div>
  );
}

/** A save dropped text of blocks the original no longer has. */
export function DroppedNotice({ count }: { count: number }) {
  return (
    <div className="mb-6">
      <Alert tone="warning" title="Some text was not kept">
        The original no longer has {count === 1 ? "one block" : `${count} blocks`} you had translated; that text was dropped.
      </Alert>
    </div>
  );
}

export function ReadOnlyNotice({ reason }: { reason: string | null }) {
  return (
    <div className="mb-6">
      <Alert tone="info" title="You can read this translation but not change it">
        {reason}
      </Alert>
    </div>
  );
}
