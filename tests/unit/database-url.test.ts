import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../../server/db/open";

describe("DATABASE_URL", () => {
  it("accepts a postgresql URL with host and database", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db.internal:5433/airr").host).toBe("db.internal:5433");
  });

  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://u:p@host/db", /must start with postgresql/],
    ["postgresql://u:p@host", /must name a host and a database/],
  ])("refuses %s with a sentence saying what to fix", (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(message);
  });
});
