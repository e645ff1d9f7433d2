import type { Metadata } from "next";
import { ListView, listMetadata, type ListParams } from "../../../_views/list-view";

// The lists of press releases and interviews, each filter and page at its own path so it is cached whole and revalidated
// by tag like an article. Readers never see this address: proxy.ts rewrites /en/press-releases?year=2020&page=2 here
// (lib/public/list-views.ts) and refuses it when asked for directly.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ kind: string; view: string }[]> {
  return [];
}

export function generateMetadata({ params }: { params: ListParams }): Promise<Metadata> {
  return listMetadata(params);
}

export default function Page({ params }: { params: ListParams }) {
  return <ListView params={params} />;
}
