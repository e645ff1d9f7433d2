import { describe, expect, it } from "vitest";
import { sniffType } from "./sniff";

const zip = (...parts: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(parts.join(""), "latin1")]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe("what a file is, by its first bytes", () => {
  it("knows Word, Excel and PowerPoint files by the folders inside the archive", () => {
    expect(sniffType(zip("....[Content_Types].xml....word/document.xml"), "statement.zip")).toMatchObject({ kind: "document", extension: "docx" });
    expect(sniffType(zip("....[Content_Types].xml....xl/workbook.xml"), "x")).toMatchObject({ kind: "document", extension: "xlsx" });
    expect(sniffType(zip("....[Content_Types].xml....ppt/presentation.xml"), "x")).toMatchObject({ kind: "document", extension: "pptx" });
  });

  it("knows OpenDocument files by their uncompressed mimetype entry", () => {
    const header = "x".repeat(26) + "mimetype" + "application/vnd.oasis.opendocument.text";
    expect(sniffType(zip(header), "speech.bin")).toMatchObject({ kind: "document", mimeType: "application/vnd.oasis.opendocument.text", extension: "odt" });
  });

  it("tells old Office and Hangul files apart by name only among themselves, and refuses another archive", () => {
    expect(sniffType(OLE, "연설문.hwp")).toMatchObject({ kind: "document", mimeType: "application/x-hwp" });
    expect(sniffType(OLE, "old.doc")).toMatchObject({ kind: "document", mimeType: "application/msword" });
    expect(sniffType(OLE, "old.exe")).toMatchObject({ kind: "refused" });
    expect(sniffType(zip("just files"), "photos.zip")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/ZIP archive/) });
  });

  it("refuses GIF and HEIC with a way forward, and SVG with a BOM or a doctype", () => {
    expect(sniffType(Buffer.from("GIF89a...."), "a.gif")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/GIF/) });
    expect(sniffType(Buffer.from("\0\0\0\x18ftypheic"), "a.heic")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/HEIC/) });
    expect(sniffType(Buffer.from("\uFEFF  <svg xmlns='http://www.w3.org/2000/svg'/>"), "a.png")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/SVG/) });
    expect(sniffType(Buffer.from("<!DOCTYPE svg PUBLIC><svg/>"), "a.png")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/SVG/) });
  });
});
