import type { Metadata } from "next";
import { ListView, listMetadata, type ListParams, type ListSearchParams } from "../_views/list-view";

// Filters and pages come from the query string, so the page renders per request; the data under it is cached (lib/public).
export const dynamic = "force-dynamic";

export function generateMetadata({ params, searchParams }: { params: ListParams; searchParams: ListSearchParams }): Promise<Metadata> {
  return listMetadata("PRESS_RELEASE", params, searchParams);
}

export default function Page({ params, searchParams }: { params: ListParams; searchParams: ListSearchParams }) {
  return <ListView kind="PRESS_RELEASE" params={params} searchParams={searchParams} />;
}
