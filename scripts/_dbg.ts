import { readFileSync } from "node:fs";
import { parsePage } from "@/lib/import/parse-page";
import { toDryRunJson } from "@/lib/import/dry-run";
import { serializeBody } from "@/lib/content/body/serialize";
for (const f of process.argv.slice(2)) { const r = parsePage(readFileSync(f), f); const {confidence, ...l} = toDryRunJson(f, r) as any; console.log(JSON.stringify(l)); if (process.env.V) { if (r.ok) { console.log(JSON.stringify(confidence)); console.log(r.page.warnings); console.log(serializeBody(r.page.body).slice(0, 3000)); } } }
