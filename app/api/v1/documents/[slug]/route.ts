import { documentResponse } from "@/lib/public/api/endpoints";

// Read per request (query, conditional GET); the data is cached and revalidated with the public pages.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return documentResponse(request, (await params).slug);
}
