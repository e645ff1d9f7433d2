// Next.js' own file-system page cache, plus two things:
// - a page cached whole carries the Content-Security-Policy that allows exactly its inline scripts (by hash), stored
//   with it and sent with every copy served. Set on store (what a render produces is served from the same object)
//   and on read (pages prerendered by `next build`);
// - a "not found" page is never stored: otherwise every made-up address (/en/press-releases/<anything>) would leave
//   a file on disk, and a crawler or an attacker could fill the disk (and long addresses failed with ENAMETOOLONG).
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { CSP_HEADER, hashPolicy, inlineScriptHashes } from "./content-security-policy.mjs";

const Base = FileSystemCache.default ?? FileSystemCache;
const HTTPS = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

function withPolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || value.headers?.[CSP_HEADER]) return value;
  const html = typeof value.html === "string" ? value.html : Buffer.isBuffer(value.html) ? value.html.toString("utf8") : null;
  if (html === null) return value;
  value.headers = { ...(value.headers ?? {}), [CSP_HEADER]: hashPolicy(inlineScriptHashes(html), { https: HTTPS }) };
  return value;
}

export default class PageCacheHandler extends Base {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) withPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    withPolicy(data);
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
