import { connection } from "next/server";
import { db } from "@/lib/db";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const { locale } = await params;
  const prisma = await db();
  const documents = await prisma.document.findMany({
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, kind: true, editions: { take: 1, orderBy: { number: "desc" }, select: { publicDate: true, localizations: { select: { title: true, locale: true } } } } },
  });
  return (
    <main id="content" className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Press releases and interviews</h1>
      {documents.length === 0 ? (
        <p className="mt-4 text-muted">Nothing has been published yet.</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {documents.map((document) => {
            const edition = document.editions[0];
            const title = edition?.localizations.find((l) => l.locale === locale)?.title ?? edition?.localizations[0]?.title ?? "(untitled)";
            return (
              <li key={document.id}>
                {title} · {document.kind === "INTERVIEW" ? "Interview" : "Press release"} · {edition?.publicDate.toISOString().slice(0, 10)}
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
