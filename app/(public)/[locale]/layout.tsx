import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isSiteLocale } from "@/lib/i18n/locales";
import "../../globals.css";

export const metadata: Metadata = {
  title: { default: "Chancery — Ministry of Foreign Affairs", template: "%s — Ministry of Foreign Affairs" },
  description: "Press releases and interviews of the Ministry of Foreign Affairs.",
};

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isSiteLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <body className="bg-paper text-ink font-sans antialiased">{children}</body>
    </html>
  );
}
