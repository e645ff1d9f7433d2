import { documentListResponse } from "@/lib/public/api/endpoints";

// Read per request (query, conditional GET); the data is cached and revalidated with the public pages.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return documentListResponse(request);
}
