import type { Metadata } from "next";

// The benchmark's reference (scripts/bench-site.ts): the cheapest page Next.js can serve, prerendered at build time,
// through the same proxy and headers as every page. Nothing links to it and it says nothing.
export const dynamic = "force-static";

export const metadata: Metadata = { title: "Chancery", robots: { index: false, follow: false } };

export default function BenchStaticPage() {
  return <p>Chancery</p>;
}
