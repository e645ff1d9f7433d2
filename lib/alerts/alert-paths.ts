// Addresses of the alert pages. Client-safe.

export function subscribePath(locale: string, query = ""): string {
  return `/${locale}/alerts${query}`;
}

export function subscribeSentPath(locale: string): string {
  return `/${locale}/alerts/check-your-email`;
}

export function confirmPath(locale: string, token: string): string {
  return `/${locale}/alerts/confirm?token=${encodeURIComponent(token)}`;
}

export function unsubscribePagePath(locale: string, token: string): string {
  return `/${locale}/alerts/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The RFC 8058 one-click endpoint, which also takes the unsubscribe page's form. */
export function oneClickUnsubscribePath(token: string): string {
  return `/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`;
}

export const SUBSCRIBE_ENDPOINT = "/api/alerts/subscribe";
export const CONFIRM_ENDPOINT = "/api/alerts/confirm";
