// The editor's view of the one body schema: which block each problem belongs to, and the server's field errors
// mapped back onto blocks after a refused save.
import { BLOCK_KINDS, bodySchema, describeBodyIssues, type Block, type Body } from "@/lib/body/schema";

export interface BodyCheck {
  valid: boolean;
  /** Messages by block id, without the "Block n:" the summary puts before them. */
  byBlock: ReadonlyMap<string, readonly string[]>;
  /** Problems of the body as a whole ("A body has at most 999 blocks"). */
  general: readonly string[];
  /** Every problem, one line each, naming its block by position (describeBodyIssues). */
  summary: readonly string[];
}

export const NO_PROBLEMS: readonly string[] = Object.freeze([]);

export function checkBody(body: Body): BodyCheck {
  const result = bodySchema.safeParse(body);
  if (result.success) return { valid: true, byBlock: new Map(), general: NO_PROBLEMS, summary: NO_PROBLEMS };

  const byBlock = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of result.error.issues) {
    const [index, field, list, item] = issue.path;
    const block = typeof index === "number" ? body[index] : undefined;
    if (!block) {
      general.push(issue.message);
      continue;
    }
    const message = field === "list" && list === "items" && typeof item === "number" ? `List item ${item + 1}: ${issue.message}` : issue.message;
    const messages = byBlock.get(block.id) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byBlock.set(block.id, messages);
  }
  return { valid: false, byBlock, general, summary: describeBodyIssues(result.error) };
}

/**
 * A refused save's field errors as the editor's `errors` prop. With the action's schema reading the field
 * `name` as JSON and piping it into bodySchema, zod reports "body.3.text"; the 3 is a position in the body that
 * was submitted, which names the block. Everything else about the field goes under "body".
 */
export function bodyErrorsFromFieldErrors(
  fieldErrors: Readonly<Record<string, readonly string[] | undefined>>,
  name: string,
  submitted: readonly Pick<Block, "id">[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const message = messages?.[0];
    if (!message || (key !== name && !key.startsWith(`${name}.`))) continue;
    const position = /^\d+$/.test(key.split(".")[1] ?? "") ? Number(key.split(".")[1]) : NaN;
    const id = submitted[position]?.id;
    const slot = id ?? "body";
    errors[slot] = errors[slot] ? `${errors[slot]} ${message}` : message;
  }
  return errors;
}

/**
 * The body a failed save echoed back (the hidden input's JSON), to put in the form again. The JSON may be a body
 * the schema refused, so only its shape is checked; anything unreadable gives `fallback`.
 */
export function readSubmittedBody(value: unknown, fallback: Body): Body {
  if (typeof value !== "string") return fallback;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return fallback;
  }
  if (!Array.isArray(data)) return fallback;
  const blocks: Block[] = [];
  for (const item of data) {
    if (!isBlockShaped(item)) return fallback;
    blocks.push(item);
  }
  return blocks;
}

function isBlockShaped(value: unknown): value is Block {
  if (typeof value !== "object" || value === null) return false;
  const block = value as Record<string, unknown>;
  if (typeof block.id !== "string" || typeof block.text !== "string") return false;
  if (!(BLOCK_KINDS as readonly unknown[]).includes(block.kind)) return false;
  if (block.kind === "subpoint" && (typeof block.marker !== "string" || typeof block.level !== "number")) return false;
  if (block.kind === "note" && block.list !== undefined) {
    const list = block.list as Record<string, unknown> | null;
    if (!list || typeof list.marker !== "string" || !Array.isArray(list.items) || !list.items.every((i) => typeof i === "string")) return false;
  }
  return true;
}
