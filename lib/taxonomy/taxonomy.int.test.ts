import { describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { createDocument } from "@/lib/editorial/create-document";
import { paragraphs } from "@/test-support/fixtures/content";
import { createCountry, deleteCountry, updateCountry } from "./countries";
import { createPerson, deletePerson, updatePerson } from "./people";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "./organisations";
import { createTopic, deleteTopic } from "./topics";
import { createEvent, deleteEvent, updateEvent } from "./events";
import { listTaxonomy } from "./list-taxonomy";
import { suggestTags } from "./suggest-tags";

describe.each(testBackends())("taxonomy on %s", (backend) => {
  const { database, editor, writer } = useTestNewsroom(backend, { editor: "EDITOR", writer: "WRITER" });

  it("lets editors, and only editors, manage entries; every change is audited", async () => {
    await expect(createCountry(writer, { code: "KZ", names: { en: "Kazakhstan" } })).rejects.toThrow(PermissionDeniedError);

    const kz = await createCountry(editor, { code: "kz", names: { en: "Kazakhstan", ko: "카자흐스탄", ru: "" } });
    const stored = await database.prisma.country.findUniqueOrThrow({ where: { id: kz.id } });
    expect(stored).toMatchObject({ code: "KZ", names: { en: "Kazakhstan", ko: "카자흐스탄" } });
    await expect(createCountry(editor, { code: "KZ", names: { en: "Again" } })).rejects.toMatchObject({ field: "code" });
    await expect(createCountry(editor, { code: "KAZ", names: { en: "Kazakhstan" } })).rejects.toMatchObject({ name: "InputError" });
    await expect(createCountry(editor, { code: "TJ", names: { en: " " } })).rejects.toThrow(/at least one language/);
    // A NUL would make PostgreSQL fail the insert: refused first, naming the field.
    await expect(createCountry(editor, { code: "TJ", names: { en: "Tajik\u0000istan" } })).rejects.toMatchObject({
      name: "InputError",
      field: "names",
    });
    await expect(createPerson(editor, { names: { en: "Cho" }, positions: { en: "Minister\u0000" } })).rejects.toThrow(/control character/);
    await updateCountry(editor, { id: kz.id, names: { en: "Republic of Kazakhstan", ko: "카자흐스탄" } });

    const person = await createPerson(editor, {
      names: { en: "Cho Hyun", ko: "조현" },
      positions: { en: "Minister of Foreign Affairs" },
      countryId: kz.id,
    });
    await updatePerson(editor, { id: person.id, countryId: null });
    await expect(updatePerson(editor, { id: person.id, countryId: "missing" })).rejects.toMatchObject({ field: "countryId" });

    const organisation = await createOrganisation(editor, { names: { en: "APA Information Agency", ko: "APA 통신" } });
    const again = await createOrganisation(editor, { names: { en: "APA Information Agency" } });
    const slugs = await database.prisma.organisation.findMany({ where: { id: { in: [organisation.id, again.id] } }, orderBy: { createdAt: "asc" } });
    expect(slugs.map((row) => row.slug)).toEqual(["apa-information-agency", "apa-information-agency-2"]);
    await expect(updateOrganisation(editor, { id: again.id, slug: "apa-information-agency" })).rejects.toMatchObject({ field: "slug" });
    const koreanOnly = await createTopic(editor, { names: { ko: "한반도" } });
    expect((await database.prisma.topic.findUniqueOrThrow({ where: { id: koreanOnly.id } })).slug).toBe("hanbando");

    const forum = await createEvent(editor, {
      names: { en: "13th Korea-Central Asia Cooperation Forum", ko: "제13차 한-중앙아 협력 포럼" },
      places: { en: "Seoul" },
      startsOn: "2020-11-25",
      endsOn: "2020-11-26",
    });
    const session = await createEvent(editor, { names: { en: "Opening session" }, parentId: forum.id, startsOn: "2020-11-25" });
    await expect(updateEvent(editor, { id: forum.id, parentId: session.id })).rejects.toThrow(/session of itself/);
    await expect(createEvent(editor, { names: { en: "Backwards" }, startsOn: "2020-11-25", endsOn: "2020-11-24" })).rejects.toThrow(
      /end before it starts/,
    );
    await expect(updateEvent(editor, { id: forum.id, endsOn: "2020-11-01" })).rejects.toThrow(/end before it starts/);

    const lists = await listTaxonomy(writer);
    expect(lists.countries.map((country) => country.code)).toEqual(["KZ"]);
    expect(lists.events.find((event) => event.id === session.id)).toMatchObject({ parentId: forum.id, startsOn: "2020-11-25", endsOn: null });
    expect(lists.people[0]).toMatchObject({ names: { en: "Cho Hyun", ko: "조현" }, positions: { en: "Minister of Foreign Affairs" }, countryId: null });

    const actions = await database.prisma.auditEvent.findMany({ where: { actorId: editor.id }, select: { action: true, subjectType: true } });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "taxonomy.create", subjectType: "country" },
        { action: "taxonomy.update", subjectType: "country" },
        { action: "taxonomy.create", subjectType: "person" },
        { action: "taxonomy.update", subjectType: "person" },
        { action: "taxonomy.create", subjectType: "organisation" },
        { action: "taxonomy.create", subjectType: "topic" },
        { action: "taxonomy.create", subjectType: "event" },
      ]),
    );
  });

  it("suggests tags from the text and refuses to delete entries in use", async () => {
    const tj = await createCountry(editor, { code: "TJ", names: { en: "Tajikistan", ko: "타지키스탄" } });
    const minister = await createPerson(editor, { names: { en: "Sirojiddin Muhriddin", ko: "시로지딘 무흐리딘" } });
    const suggestions = suggestTags("시로지딘 무흐리딘 타지키스탄 외교장관은 서울을 방문하였다.", await listTaxonomy(writer));
    expect(suggestions.countries.map((entry) => entry.id)).toEqual([tj.id]);
    expect(suggestions.people.map((entry) => entry.id)).toEqual([minister.id]);

    const document = await createDocument(editor, {
      kind: "PRESS_RELEASE",
      title: "Visit of the Foreign Minister of Tajikistan",
      body: paragraphs("Text."),
      taxonomy: { countries: [tj.id], people: [minister.id] },
    });
    await expect(deleteCountry(editor, tj.id)).rejects.toThrow(/attached to 1 document; remove it from it first/);
    await expect(deletePerson(editor, minister.id)).rejects.toThrow(/attached to 1 document/);
    expect(
      suggestTags("Tajikistan", await listTaxonomy(writer), { countries: [tj.id] }).countries,
    ).toEqual([]);

    const unused = await createTopic(editor, { names: { en: "Unused topic" } });
    await deleteTopic(editor, unused.id);
    expect(await database.prisma.topic.findUnique({ where: { id: unused.id } })).toBeNull();
    await expect(deleteTopic(editor, unused.id)).rejects.toThrow(/does not exist/);
    const organisation = await createOrganisation(editor, { names: { en: "Spare" } });
    await deleteOrganisation(editor, organisation.id);
    const event = await createEvent(editor, { names: { en: "Spare event" } });
    await deleteEvent(editor, event.id);
    expect(document.documentId).toBeTruthy();
  });

  it("refuses unknown tags and related documents when saving a document", async () => {
    await expect(
      createDocument(editor, { kind: "PRESS_RELEASE", title: "Bad tags", taxonomy: { countries: ["missing"] } }),
    ).rejects.toMatchObject({ field: "taxonomy" });
    await expect(
      createDocument(editor, { kind: "PRESS_RELEASE", title: "Bad relation", relatedDocumentIds: ["missing"] }),
    ).rejects.toMatchObject({ field: "relatedDocumentIds" });
    // Nothing of the refused document was written.
    expect(await database.prisma.document.count({ where: { slug: { in: ["bad-tags", "bad-relation"] } } })).toBe(0);
  });
});
