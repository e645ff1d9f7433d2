"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/define-action";

/** "Mark as read" for one notification, or "Mark all as read". */
export function MarkReadButton({
  action,
  notificationId,
  label,
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  notificationId?: string;
  label: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      variant="quiet"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const data = new FormData();
          if (notificationId) data.set("notificationId", notificationId);
          await action(data);
          router.refresh();
        })
      }
    >
      {pending ? "Marking…" : label}
    </Button>
  );
}
