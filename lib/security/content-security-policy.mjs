// The Content-Security-Policy of every page. Scripts run only when the server vouches for them: by a per-request
// nonce on pages rendered per request (the workspace, sign-in, search), and by the hashes of the page's own
// inline scripts on pages cached whole (home, lists, articles), which a nonce would make uncacheable. Never 'unsafe-inline'.
// Plain JavaScript because Next.js loads the page cache (./page-cache-handler.mjs) unbundled; types beside it.
// See docs/adr/0005-content-security-policy.md.
import { createHash, randomBytes } from "node:crypto";

export const CSP_HEADER = "content-security-policy";

function directives(scriptSources, options = {}) {
  const script = ["'self'", ...scriptSources, ...(options.development ? ["'unsafe-eval'"] : [])];
  const policy = [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // React and Next.js set style attributes; CSS cannot run script, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ];
  if (options.https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** For a page rendered for this request: Next.js puts the nonce on its scripts, which load the rest ('strict-dynamic'). */
export function noncePolicy(nonce, options = {}) {
  return directives([`'nonce-${nonce}'`, "'strict-dynamic'"], options);
}

/** For a page cached whole: exactly the inline scripts it was rendered with, by hash; its script files from 'self'. */
export function hashPolicy(hashes, options = {}) {
  return directives(hashes.map((hash) => `'sha256-${hash}'`), options);
}

export function newNonce() {
  return randomBytes(16).toString("base64");
}

// An inline script: <script> without src, up to </script>. React escapes "<" inside the scripts it writes, so the
// shortest match is the script's whole text.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;

export function inlineScripts(html) {
  return Array.from(html.matchAll(INLINE_SCRIPT), (match) => match[1]).filter((text) => text.length > 0);
}

/** Base64 SHA-256 of each distinct inline script, as CSP writes them. */
export function inlineScriptHashes(html) {
  return [...new Set(inlineScripts(html))].map((text) => createHash("sha256").update(text, "utf8").digest("base64"));
}
