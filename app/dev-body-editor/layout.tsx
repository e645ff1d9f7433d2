import type { ReactNode } from "react";
import "../globals.css";

// TEMPORARY: a look at the body editor; deleted before the task ends.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
