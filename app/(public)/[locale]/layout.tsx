import type { Metadata } from "next";
import type { ReactNode } from "react";
import { defaultLocale, isSiteLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { siteOrigin } from "@/lib/public/site";
import "../../globals.css";
import "../public.css";

// Nothing is rendered at build time (the build never opens the database); each page is rendered on its first
// request and then served from the cache until its data is revalidated (see docs/public-site.md).
export async function generateStaticParams(): Promise<{ locale: string }[]> {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = messages(isSiteLocale(locale) ? locale : defaultLocale());
  return {
    metadataBase: siteOrigin(),
    title: { default: `${t.site.ministry} — ${t.site.section}`, template: t.titleTemplate },
    description: t.site.description,
    applicationName: t.site.ministry,
    formatDetection: { telephone: false, email: false, address: false },
  };
}

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // An unknown first segment (/fr, /wp-admin) still gets the site's own 404 page: every page calls
  // requireSiteLocale, whose notFound() renders not-found.tsx inside this layout, in the default language.
  return (
    <html lang={isSiteLocale(locale) ? locale : defaultLocale()}>
      <body className="flex min-h-screen flex-col bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
