import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Sign in — Chancery", template: "%s — Chancery" },
  robots: { index: false, follow: false },
};

/** Sign-in and choosing a password: a root layout of their own, outside the workspace shell. */
export default function SignInLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-wash font-sans text-ink antialiased">
        <header className="bg-brand-dark text-white">
          <div className="mx-auto max-w-3xl px-4 py-4">
            <span className="block text-xs tracking-widest text-white/80 uppercase">Ministry of Foreign Affairs</span>
            <span className="block text-lg font-semibold">Chancery · Press Office workspace</span>
          </div>
        </header>
        <main id="content" className="mx-auto max-w-3xl px-4 py-10">
          {children}
        </main>
      </body>
    </html>
  );
}
