import { parseBody } from "@/lib/content/body/parse";
import { Demo } from "./demo";

// TEMPORARY: a look at the body editor; deleted before the task ends.
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const body = parseBody(
    [
      "1. On the occasion of the 12th Korea-Central Asia Cooperation Forum, the Minister had a series of bilateral meetings with his counterparts.",
      "※ Heads of delegations of Central Asian countries",
      "- Tajikistan: Foreign Minister Sirojiddin MUHRIDDIN",
      "- Uzbekistan: Foreign Minister Abdulaziz KAMILOV",
      "2. The Minister expressed hope to deepen cooperation in trade, energy and infrastructure.",
      "o The two sides agreed to expand exchanges.",
      "  - including youth exchanges",
      "o The Central Asian countries reaffirmed their support for peace on the Korean Peninsula.",
      "3. The participants noted the progress made since the last Forum.",
      "## Questions and answers",
      "Q: What will the Forum bring for business?",
      "A: New routes for trade and investment.",
      "It also opens talks on energy.",
    ].join("\n"),
  );
  if (params.invalid) {
    body.splice(3, 0, { kind: "numbered", id: "emptyblock1", text: "" });
  }
  return (
    <main className="mx-auto max-w-[90rem] px-6 py-8">
      <h1 className="text-2xl font-semibold">Edit press release</h1>
      <Demo initialBody={body} mode={params.mode === "text" ? "text" : "blocks"} locale={params.locale ?? "en"} serverError={params.server === "1"} />
    </main>
  );
}
