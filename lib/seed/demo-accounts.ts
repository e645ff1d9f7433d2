import type { Role } from "@/lib/db/generated/enums";

/** Shown in the README and on the sign-in page while the app runs in demo mode. Never created on a production database. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string; name: string; password: string; translatorLocales: string[] }> = [
  { role: "ADMIN", email: "admin@chancery.example", name: "Ada Admin", password: "chancery-admin-2026", translatorLocales: [] },
  { role: "EDITOR", email: "editor@chancery.example", name: "Eun-ji Editor", password: "chancery-editor-2026", translatorLocales: [] },
  { role: "WRITER", email: "writer@chancery.example", name: "Won-woo Writer", password: "chancery-writer-2026", translatorLocales: [] },
  { role: "TRANSLATOR", email: "translator@chancery.example", name: "Tom Translator", password: "chancery-translator-2026", translatorLocales: ["en"] },
];
