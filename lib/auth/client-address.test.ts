import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "./client-address";

describe("the client's address", () => {
  it("is unknown when no proxy is trusted, whatever the header says", () => {
    expect(clientAddress("203.0.113.7", 0)).toBeNull();
    expect(clientAddress("203.0.113.7, 10.0.0.2", 0)).toBeNull();
  });

  it("is the entry the one trusted proxy appended, not one the client put in front of it", () => {
    expect(clientAddress("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("counts back one entry per trusted proxy", () => {
    expect(clientAddress("198.51.100.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("is the first entry when the request passed through fewer proxies than configured", () => {
    expect(clientAddress("203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("is unknown when the header is missing, empty or not an address", () => {
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress("", 1)).toBeNull();
    expect(clientAddress(" , ", 1)).toBeNull();
    expect(clientAddress("unknown", 1)).toBeNull();
    expect(clientAddress("<script>", 1)).toBeNull();
  });

  it("drops ports, brackets and the IPv4-mapped prefix", () => {
    expect(normaliseAddress("203.0.113.7:5123")).toBe("203.0.113.7");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(normaliseAddress("::ffff:10.0.0.1")).toBe("10.0.0.1");
  });
});
