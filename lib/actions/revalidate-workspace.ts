import { revalidatePath } from "next/cache";

/** Refreshes workspace pages after a change. Outside a Next.js server (tests, scripts) there is nothing to refresh. */
export function revalidateWorkspace(path: string, type?: "layout" | "page"): void {
  try {
    revalidatePath(path, type);
  } catch (error) {
    if (!(error instanceof Error) || !/static generation store|incrementalCache|outside a request|Invariant/i.test(error.message)) throw error;
  }
}

/** Every workspace page: the lists, the dashboard's counts and the document pages all show an editorial change. */
export function revalidateWholeWorkspace(): void {
  revalidateWorkspace("/workspace", "layout");
}
