// The Word host behaves like Word where the add-in depends on it.
import { readFileSync } from "node:fs";
import { createWordHost } from "../../word-host";
import { fixture } from "../helpers/corpus";

const open = (wordApi = "1.9") => {
  const host = createWordHost(new Uint8Array(readFileSync(fixture("dev-10-nattbussar.docx"))), { wordApi });
  host.install();
  return host;
};

describe("the Word host", () => {
  it("throws PropertyNotLoaded before load + sync, and resolves reads at sync", async () => {
    const host = open();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(paragraphs.items[0].text).toBe("Försök med nattbussar på helger");
      expect(() => paragraphs.items[0].style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(host.syncCount).toBe(1);
  });

  it("applies queued writes only at sync, in order", async () => {
    const host = open();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[1].insertParagraph("Ny text", "After");
      expect(host.doc.paragraphs[2].text).not.toBe("Ny text");
      await context.sync();
      expect(host.doc.paragraphs[2].text).toBe("Ny text");
    });
  });

  it("enforces content-control locks and refuses partly overlapping controls", async () => {
    open();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const cc = paragraphs.items[2].getRange("Whole").insertContentControl();
      cc.tag = "t";
      cc.cannotEdit = true;
      cc.cannotDelete = true;
      await context.sync();
      cc.insertText("x", "Replace");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      cc.delete(true);
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      paragraphs.items[2].search("nattbussar").getFirst().insertContentControl();
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" }); // inside a locked control
    });
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[4].search("Regionala utvecklingsnämnden").getFirst().insertContentControl();
      await context.sync();
      paragraphs.items[4].search("utvecklingsnämnden").getFirst().insertContentControl();
      await context.sync(); // wholly inside another control: allowed
      // A range from the middle of that control to the end of the paragraph partly overlaps it.
      const part = paragraphs.items[4].search("utvecklingsnämnden beslutar").getFirst();
      part.insertContentControl();
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
  });

  it("answers requirement sets from its level and rejects newer APIs at sync", async () => {
    open("1.3");
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    await Word.run(async (context) => {
      context.document.body.getRange("Whole").highlight();
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("saves to .docx and reads back the same paragraphs and controls", () => {
    const host = open();
    const again = createWordHost(host.save(), { wordApi: "1.9" });
    expect(again.doc.paragraphs.map((p) => p.text)).toEqual(host.doc.paragraphs.map((p) => p.text));
    expect(again.doc.controls.map((c) => [c.tag, c.title])).toEqual([["section-jamstalldhet", "Jämställdhet"]]);
  });
});
