// Shared by the integration tests of lib/content and lib/taxonomy. Not imported by application code.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";
import type { Block } from "./body/schema";
import type { Actor } from "./actor";

export async function createActor(prisma: PrismaClient, role: Role, name = role.toLowerCase()): Promise<Actor> {
  const email = `${name}-${randomBytes(3).toString("hex")}@mofa.test`;
  const user = await prisma.user.create({
    data: { email, name, role, passwordHash: "not-a-real-hash", translatorLocales: role === "TRANSLATOR" ? ["en"] : [] },
  });
  return { id: user.id, email: user.email, role: user.role, active: true, translatorLocales: user.translatorLocales };
}

/** The desk most lifecycle tests need: a writer and two editors (the second for "someone else got there first"). */
export async function createNewsroom(prisma: PrismaClient): Promise<{ writer: Actor; editor: Actor; otherEditor: Actor }> {
  const writer = await createActor(prisma, "WRITER", "writer");
  const editor = await createActor(prisma, "EDITOR", "editor");
  const otherEditor = await createActor(prisma, "EDITOR", "second-editor");
  return { writer, editor, otherEditor };
}

export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text, index) => ({ kind: "paragraph", id: `p${index}${randomBytes(3).toString("hex")}`, text }));
}

export async function auditActions(prisma: PrismaClient, subjectId: string): Promise<string[]> {
  const events = await prisma.auditEvent.findMany({ where: { subjectId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return events.map((event) => event.action);
}
