import type { Metadata } from "next";
import { DocumentView, documentMetadata, type DocumentParams } from "../../_views/document-view";

export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  return documentMetadata("PRESS_RELEASE", params);
}

export default function Page({ params }: { params: DocumentParams }) {
  return <DocumentView kind="PRESS_RELEASE" params={params} />;
}
