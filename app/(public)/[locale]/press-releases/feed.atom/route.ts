import { feedRoute } from "../../_views/feed-route";

// Read per request (conditional GET, query filters); the feed's data is cached and revalidated with the lists.
export const dynamic = "force-dynamic";

export const GET = feedRoute("PRESS_RELEASE", "atom");
