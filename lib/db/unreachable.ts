// Whether an error means the database could not be reached or dropped the connection (as opposed to a query it
// refused): the message a person then gets says so, and that trying again later will work.

/** Prisma's codes for "can't reach", "timed out reaching" and "server closed the connection". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** PostgreSQL's: administrator or crash shutdown, cannot connect now (the server is starting or stopping). */
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03"]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const MESSAGES = /Connection terminated|Can't reach database server|Client has encountered a connection error|server closed the connection/i;

type Shape = { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } }; cause?: unknown };

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== "object" || error === null) return false;
  const shape = error as Shape;
  const adapterCause = shape.meta?.driverAdapterError?.cause;
  if (adapterCause?.kind === "DatabaseNotReachable" || adapterCause?.kind === "ConnectionClosed") return true;
  if (typeof adapterCause?.code === "string" && POSTGRES_CODES.has(adapterCause.code)) return true;
  if (typeof shape.code === "string" && (PRISMA_CODES.has(shape.code) || POSTGRES_CODES.has(shape.code) || NODE_CODES.has(shape.code))) return true;
  if (typeof shape.message === "string" && MESSAGES.test(shape.message)) return true;
  return isDatabaseUnreachable(shape.cause, depth + 1);
}
