/** How the desk shows an edition's public date: an undated one (its source showed none) says so, never a made-up day. */
export function publicDateLabel(date: string | null): string {
  return date ?? "No date";
}
