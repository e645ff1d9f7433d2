import { describe, expect, it } from "vitest";
import { leavesPage, type LinkClick } from "./use-unsaved-changes-warning";

const here = "https://press.example.org/admin/documents/42/edit?locale=en";
const click = (href: string, overrides: Partial<LinkClick> = {}): LinkClick => ({
  button: 0,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  defaultPrevented: false,
  href,
  target: "",
  download: false,
  ...overrides,
});

describe("leavesPage", () => {
  it("is true for a plain click on a link to another page, here or elsewhere", () => {
    expect(leavesPage(click("https://press.example.org/admin"), here)).toBe(true);
    expect(leavesPage(click("https://press.example.org/admin/documents/42/edit?locale=ko"), here)).toBe(true);
    expect(leavesPage(click("https://example.com/"), here)).toBe(true);
    expect(leavesPage(click("/workspace", { target: "_self" }), here)).toBe(true);
  });

  it("is false for a jump within the page", () => {
    expect(leavesPage(click(`${here}#body`), here)).toBe(false);
  });

  it("is false when the page stays: new tab or window, download, another button, a link the page handles itself", () => {
    expect(leavesPage(click("/workspace", { target: "_blank" }), here)).toBe(false);
    expect(leavesPage(click("/workspace", { ctrlKey: true }), here)).toBe(false);
    expect(leavesPage(click("/workspace", { metaKey: true }), here)).toBe(false);
    expect(leavesPage(click("/workspace", { shiftKey: true }), here)).toBe(false);
    expect(leavesPage(click("/workspace", { button: 1 }), here)).toBe(false);
    expect(leavesPage(click("/file.pdf", { download: true }), here)).toBe(false);
    expect(leavesPage(click("/workspace", { defaultPrevented: true }), here)).toBe(false);
  });

  it("is false for links that are not web pages", () => {
    expect(leavesPage(click("mailto:press@example.org"), here)).toBe(false);
    expect(leavesPage(click("javascript:void(0)"), here)).toBe(false);
  });
});
