// What the editor calls each kind of block and marker. Plain data: the reducer's announcements use it too.
import {
  BLOCK_KINDS,
  TEXT_BLOCK_KINDS,
  NOTE_LIST_MARKERS,
  SUBPOINT_MARKERS,
  type BlockKind,
  type NoteListMarker,
  type SubpointMarker,
  type TextBlockKind,
} from "@/lib/body/schema";
import { BLOCK_KIND_NAMES } from "@/lib/body/block-names";

/** The desk's names for the kinds (BLOCK_KIND_NAMES), capitalised; a note shows the mark it is written with. */
export const KIND_LABELS = Object.fromEntries(
  BLOCK_KINDS.map((kind) => [kind, kind === "note" ? "Note (※)" : capitalised(BLOCK_KIND_NAMES[kind])]),
) as Readonly<Record<BlockKind, string>>;

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Lower-case, for sentences ("Sub-point moved up"). */
export function kindName(kind: BlockKind): string {
  return BLOCK_KIND_NAMES[kind];
}

// Several markers look alike on screen; a screen reader reads the name.
export const MARKER_LABELS: Record<SubpointMarker, string> = {
  o: "o (letter o)",
  "°": "° (degree)",
  ㅇ: "ㅇ (ieung)",
  "◦": "◦ (white bullet)",
  "-": "- (hyphen)",
  "–": "– (en dash)",
  "·": "· (middle dot)",
  "•": "• (bullet)",
};

export const KIND_OPTIONS = TEXT_BLOCK_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
export const MARKER_OPTIONS = SUBPOINT_MARKERS.map((marker) => ({ value: marker, label: MARKER_LABELS[marker] }));
export const NOTE_LIST_MARKER_OPTIONS = NOTE_LIST_MARKERS.map((marker: NoteListMarker) => ({
  value: marker,
  label: MARKER_LABELS[marker],
}));

export function isSubpointMarker(value: string): value is SubpointMarker {
  return (SUBPOINT_MARKERS as readonly string[]).includes(value);
}

export function isNoteListMarker(value: string): value is NoteListMarker {
  return (NOTE_LIST_MARKERS as readonly string[]).includes(value);
}

export function isBlockKind(value: string): value is BlockKind {
  return (BLOCK_KINDS as readonly string[]).includes(value);
}

/** Kinds a writer types (a photo or file comes from the library instead). */
export function isTextBlockKind(value: string): value is TextBlockKind {
  return (TEXT_BLOCK_KINDS as readonly string[]).includes(value);
}
