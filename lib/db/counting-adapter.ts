/**
 * A driver adapter that tells `onQuery` about every SQL statement Prisma sends, inside transactions too: how the tests
 * and the bench count the queries a page costs (≤ 5 per public page, no N+1). Everything else passes through.
 */
type Queryable = { queryRaw(query: { sql: string }): Promise<unknown>; executeRaw(query: { sql: string }): Promise<unknown> };

function counting<T extends object>(target: T, onQuery: (sql: string) => void): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: { sql: string }) => {
          onQuery(query.sql);
          return (value as Queryable["queryRaw"]).call(object, query);
        };
      }
      if (property === "startTransaction" || property === "connect") {
        return async (...args: unknown[]) => counting(await (value as (...a: unknown[]) => Promise<object>).apply(object, args), onQuery);
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

export function countingAdapter<Factory extends { connect(): Promise<unknown> }>(factory: Factory, onQuery: (sql: string) => void): Factory {
  return counting(factory, onQuery);
}
