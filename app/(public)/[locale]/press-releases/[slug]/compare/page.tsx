import type { Metadata } from "next";
import type { DocumentParams } from "../../../_views/document-view";
import { SideBySideView, sideBySideMetadata } from "../../../_views/side-by-side-view";

export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  return sideBySideMetadata("PRESS_RELEASE", params);
}

export default function Page({ params }: { params: DocumentParams }) {
  return <SideBySideView kind="PRESS_RELEASE" params={params} />;
}
