import { openApiResponse } from "@/lib/public/api/endpoints";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return openApiResponse(request);
}
