import { randomInt } from "node:crypto";
import { passwordWeakness } from "@/lib/auth/password";

// No 0/O, 1/l/I: it is read off a screen and typed in once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password for an admin to hand over once, e.g. "k7Pq-2mXz-Rt9w-Hn4c" (about 93 bits). */
export function generateOneTimePassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
    const password = groups.join("-");
    if (passwordWeakness(password) === null) return password;
  }
}
