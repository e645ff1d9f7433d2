import { test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { saveStaffSession } from "./support/staff";

// Runs before the journeys (playwright.config.ts): each demo account signs in once, and the journeys that start signed
// in open their browsers with the saved session instead of signing in again.
setup("each demo account signs in once for the journeys", async ({ browser }) => {
  for (const { role } of DEMO_ACCOUNTS) {
    const context = await browser.newContext();
    await saveStaffSession(context, role);
    await context.close();
  }
});
