// Text into XML, for feeds and sitemaps: the five special characters escaped and characters XML 1.0 cannot hold
// dropped, so a title can never break the document or open markup.

// Tab, line feed and carriage return are allowed; other C0 controls, lone surrogates and U+FFFE/FFFF are not.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** An element with escaped text: `<title>A &amp; B</title>`. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

/** An empty element: `<link rel="self" href="…"/>`. */
export function emptyElement(name: string, attributes: Record<string, string>): string {
  return `<${name}${attributeList(attributes)}/>`;
}

function attributeList(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
}
