import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes, inlineScripts, newNonce, noncePolicy } from "./content-security-policy.mjs";

describe("the Content-Security-Policy", () => {
  it("never allows inline scripts wholesale, and forbids framing, plugins and foreign forms", () => {
    for (const policy of [noncePolicy(newNonce()), hashPolicy(["abc"])]) {
      const script = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
      expect(script).not.toContain("unsafe-inline");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).toContain("base-uri 'self'");
    }
  });

  it("gives each request its own nonce and lets the scripts it vouches for load the rest", () => {
    const [a, b] = [newNonce(), newNonce()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(noncePolicy(a)).toContain(`script-src 'self' 'nonce-${a}' 'strict-dynamic'`);
    expect(noncePolicy(a, { https: true })).toContain("upgrade-insecure-requests");
  });

  it("hashes exactly the inline scripts of a cached page, not the ones loaded from files", () => {
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>self.__next_f=self.__next_f||[]</script></head>
      <body><script>self.__next_f.push([1,"x\\u003c/script>"])</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script></script></body></html>`;
    expect(inlineScripts(html)).toEqual(['self.__next_f=self.__next_f||[]', 'self.__next_f.push([1,"x\\u003c/script>"])', '{"@type":"NewsArticle"}']);
    const expected = createHash("sha256").update("self.__next_f=self.__next_f||[]").digest("base64");
    expect(inlineScriptHashes(html)[0]).toBe(expected);
    expect(hashPolicy(inlineScriptHashes(html))).toContain(`'sha256-${expected}'`);
  });
});
