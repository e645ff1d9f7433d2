"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateWholeWorkspace } from "@/lib/actions/revalidate-workspace";
import { markNotificationsRead, markReadInputSchema } from "@/lib/notifications/inbox";

/** Marking one's own notifications read: the service only ever touches the caller's own. */
export const markNotificationsReadAction = defineAction({
  name: "notification.markRead",
  schema: markReadInputSchema,
  permission: ["workspace.access"],
  run: (input, ctx) => markNotificationsRead(ctx.user, input),
  after: revalidateWholeWorkspace,
  message: (result) => (result.marked === 1 ? "Marked as read." : `${result.marked} marked as read.`),
});
