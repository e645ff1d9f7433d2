import { ConflictError, type ConflictingVersion } from "@/lib/errors";

/**
 * What a save answers: the save, or — someone saved after this person opened the text — their version and the message
 * saying so, to show beside what this person typed. Nothing was written then.
 */
export type SaveOrConflict<Saved, Text> =
  | { saved: Saved; conflict?: undefined }
  | { saved?: undefined; conflict: ConflictingVersion<Text>; message: string };

/**
 * The editors' save contract in one place: a save refused because it started from an older version is not an error to
 * hide (the service's ConflictError) but data to show. Any other failure goes on to the action wrapper.
 */
export async function saveOrConflict<Saved, Text>(save: () => Promise<Saved>): Promise<SaveOrConflict<Saved, Text>> {
  try {
    return { saved: await save() };
  } catch (error) {
    if (error instanceof ConflictError) return { conflict: error.conflict as ConflictingVersion<Text>, message: error.message };
    throw error;
  }
}
