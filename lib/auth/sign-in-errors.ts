/** The refusals a visitor can see at sign-in (next-auth's ?error= codes). None says whether the email exists. */
export const SIGN_IN_ERRORS = {
  /** Wrong email or password, or an account that cannot sign in: indistinguishable on purpose. */
  invalid: "CredentialsSignin",
  /** Too many recent failures: wait a moment. */
  delayed: "SignInDelayed",
  /** Too many failures: locked for a while. */
  locked: "SignInLocked",
} as const;

export type SignInError = (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS];

/** What the sign-in page says for each code. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  switch (code) {
    case undefined:
    case null:
    case "":
      return null;
    case SIGN_IN_ERRORS.delayed:
      return "Too many failed attempts. Wait a few seconds, then try again.";
    case SIGN_IN_ERRORS.locked:
      return "Too many failed attempts. Sign-in is locked for 15 minutes; try again later or ask an admin to reset your password.";
    case SIGN_IN_ERRORS.invalid:
      return "The email or password is incorrect.";
    case "SessionRequired":
      return "Sign in to continue.";
    default:
      return "Sign-in failed. Try again.";
  }
}
