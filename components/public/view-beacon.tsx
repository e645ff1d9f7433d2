import { viewBeaconPath } from "@/lib/public/paths";

/**
 * Counts the view without JavaScript and without making the page dynamic: the browser asks for this 1×1 image when
 * it shows the page; the route handler counts it unless a crawler or a prefetch asked (app/api/views).
 */
export function ViewBeacon({ documentId }: { documentId: string }) {
  return (
    // A plain img on purpose: next/image would optimise, cache and lazy-load it, and each of those loses views.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={viewBeaconPath(documentId)}
      alt=""
      width={1}
      height={1}
      decoding="async"
      referrerPolicy="no-referrer"
      className="view-beacon pointer-events-none absolute h-px w-px opacity-0"
    />
  );
}
