import { notFound } from "next/navigation";

/** Any other address under a language gets the site's own 404 page, inside its layout. */
export default function UnknownPage(): never {
  notFound();
}
