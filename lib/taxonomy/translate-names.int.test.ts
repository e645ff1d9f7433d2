import { describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { createDocument } from "@/lib/editorial/create-document";
import { paragraphs } from "@/test-support/fixtures/content";
import { createCountry } from "./countries";
import { createEvent } from "./events";
import { createPerson } from "./people";
import { translateTaxonomyNames } from "./translate-names";

describe.each(testBackends())("translating taxonomy names on %s", (backend) => {
  const { database, editor, writer, translator } = useTestNewsroom(backend, {
    editor: { role: "EDITOR", name: "names-editor" },
    writer: { role: "WRITER", name: "names-writer" },
    // Translates into English.
    translator: { role: "TRANSLATOR", name: "names-translator" },
  });

  it("lets a translator name tags in their language, changing only that language", async () => {
    const country = await createCountry(editor, { code: "AZ", names: { ko: "아제르바이잔", ru: "Азербайджан" } });
    const person = await createPerson(editor, {
      names: { ko: "제이훈 바이라모프", en: "Jeyhun Bayramov" },
      positions: { ko: "외교장관", ru: "министр иностранных дел" },
    });
    await createDocument(editor, {
      kind: "PRESS_RELEASE",
      title: "Policy consultation with Azerbaijan",
      body: paragraphs("Text."),
      taxonomy: { countries: [country.id], people: [person.id] },
    });

    const result = await translateTaxonomyNames(translator, {
      locale: "en",
      entries: [
        { type: "country", id: country.id, name: "  Azerbaijan\n" },
        { type: "person", id: person.id, name: "Jeyhun Bayramov", position: "Minister of Foreign Affairs" },
      ],
    });
    expect(result.changed).toEqual([
      { type: "country", id: country.id, name: { from: null, to: "Azerbaijan" } },
      { type: "person", id: person.id, position: { from: null, to: "Minister of Foreign Affairs" } },
    ]);

    expect(await database.prisma.country.findUniqueOrThrow({ where: { id: country.id }, select: { names: true } })).toEqual({
      names: { ko: "아제르바이잔", ru: "Азербайджан", en: "Azerbaijan" },
    });
    expect(await database.prisma.person.findUniqueOrThrow({ where: { id: person.id }, select: { names: true, positions: true } })).toEqual({
      names: { ko: "제이훈 바이라모프", en: "Jeyhun Bayramov" },
      positions: { ko: "외교장관", ru: "министр иностранных дел", en: "Minister of Foreign Affairs" },
    });

    const events = await database.prisma.auditEvent.findMany({ where: { actorId: translator.id }, select: { action: true, data: true } });
    expect(events).toEqual([{ action: "taxonomy.translate_names", data: { locale: "en", entries: result.changed } }]);

    // Saving the same names again changes and records nothing.
    expect((await translateTaxonomyNames(translator, { locale: "en", entries: [{ type: "country", id: country.id, name: "Azerbaijan" }] })).changed).toEqual([]);
    expect(await database.prisma.auditEvent.count({ where: { actorId: translator.id } })).toBe(1);

    // An empty name removes that language's name, and only it.
    await translateTaxonomyNames(translator, { locale: "en", entries: [{ type: "country", id: country.id, name: "" }] });
    expect((await database.prisma.country.findUniqueOrThrow({ where: { id: country.id } })).names).toEqual({ ko: "아제르바이잔", ru: "Азербайджан" });
  });

  it("refuses a language that is not the translator's, and writers; writes nothing then", async () => {
    const event = await createEvent(editor, { names: { ko: "제3차 정책협의회" }, places: { ko: "서울" } });
    await expect(
      translateTaxonomyNames(translator, { locale: "ru", entries: [{ type: "event", id: event.id, name: "3-и консультации" }] }),
    ).rejects.toThrow(new PermissionDeniedError("taxonomy.translateNames", "You translate into en, not ru."));
    await expect(
      translateTaxonomyNames(writer, { locale: "en", entries: [{ type: "event", id: event.id, name: "3rd consultation" }] }),
    ).rejects.toThrow(PermissionDeniedError);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).names).toEqual({ ko: "제3차 정책협의회" });

    // Editors may name tags in any site language.
    await translateTaxonomyNames(editor, { locale: "en", entries: [{ type: "event", id: event.id, name: "3rd consultation", place: "Seoul" }] });
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id: event.id }, select: { names: true, places: true } })).toEqual({
      names: { ko: "제3차 정책협의회", en: "3rd consultation" },
      places: { ko: "서울", en: "Seoul" },
    });
  });

  it("refuses bad input, unknown entries and removing an entry's last name, all or nothing", async () => {
    const country = await createCountry(editor, { code: "GE", names: { en: "Georgia" } });
    const other = await createCountry(editor, { code: "AM", names: { ko: "아르메니아" } });
    await expect(
      translateTaxonomyNames(translator, { locale: "en", entries: [{ type: "country", id: other.id, name: "x".repeat(201) }] }),
    ).rejects.toMatchObject({ name: "InputError" });
    await expect(
      translateTaxonomyNames(translator, {
        locale: "en",
        entries: [
          { type: "country", id: other.id, name: "Armenia" },
          { type: "country", id: country.id, name: "" },
        ],
      }),
    ).rejects.toThrow(/no name in any other language/);
    await expect(
      translateTaxonomyNames(translator, { locale: "en", entries: [{ type: "topic", id: "missing", name: "Nothing" }] }),
    ).rejects.toThrow(/does not exist/);
    expect((await database.prisma.country.findUniqueOrThrow({ where: { id: other.id } })).names).toEqual({ ko: "아르메니아" });
  });
});
