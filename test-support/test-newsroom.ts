// The opening nearly every integration test shares: a migrated database of its own on one backend, installed as the
// app's database, with the desk's people in it, closed after the describe block's last test.
import { afterAll, beforeAll } from "vitest";
import { installDatabase } from "@/lib/db";
import type { OpenOptions } from "@/lib/db/open-database";
import type { Actor } from "@/lib/changes/actor";
import { createPeople, NEWSROOM, type People, type PersonSpec } from "./fixtures/content";
import { createTestDatabase, type Backend, type TestDatabase } from "./test-database";

export { NEWSROOM };

/**
 * Registers the hooks and returns the handles at once, empty: beforeAll fills them in. Read them inside tests, hooks
 * and the functions they call, never while the describe block is being collected.
 */
export function useTestDatabase(backend: Backend, options: OpenOptions = {}): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(database, await createTestDatabase(backend, options));
    installDatabase(database);
  });
  afterAll(async () => {
    if ("close" in database) await database.close();
  });
  return database;
}

/** `useTestDatabase`, then the people of `spec` (NEWSROOM: a writer and two editors), made in the order written. */
export function useTestNewsroom<const Spec extends Record<string, PersonSpec> = typeof NEWSROOM>(
  backend: Backend,
  spec: Spec = NEWSROOM as unknown as Spec,
  options: OpenOptions = {},
): People<Spec> & { database: TestDatabase } {
  const database = useTestDatabase(backend, options);
  const people = Object.fromEntries(Object.keys(spec).map((key) => [key, {} as Actor])) as People<Spec>;
  beforeAll(async () => {
    const made = await createPeople(database.prisma, spec);
    for (const key of Object.keys(spec) as (keyof Spec)[]) Object.assign(people[key], made[key]);
  });
  return { ...people, database };
}
