export type FieldErrors = Record<string, string[]>;

/**
 * Thrown by a service to refuse with a message the person can act on ("An account with this email already
 * exists."), optionally per field. `defineAction` rolls the transaction back and shows the message; the command
 * line prints it.
 */
export class ActionError extends Error {
  readonly fieldErrors: FieldErrors;
  constructor(message: string, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = "ActionError";
    this.fieldErrors = fieldErrors;
  }
}
