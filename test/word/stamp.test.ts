import { createWordHost } from "../../word-host";
import { readStamp, writeStamp } from "../../src/word/stamp";
import { openInWord } from "../helpers/word";

describe("the guidance stamp", () => {
  it("is written to the document, saved in the .docx and read back", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.3");
    expect(readStamp()).toBeNull();
    await writeStamp({ id: "jamkoll-default", version: "1.0.0", checkedAt: "2026-11-24T10:00:00.000Z" });
    const again = createWordHost(host.save(), { wordApi: "1.3" });
    again.install();
    expect(readStamp()).toEqual({ id: "jamkoll-default", version: "1.0.0", checkedAt: "2026-11-24T10:00:00.000Z" });
  });

  it("a protected document refuses the stamp with an error, which the pane ignores", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.3");
    host.doc.protected = true;
    await expect(writeStamp({ id: "x", version: "1", checkedAt: "" })).rejects.toThrow(/protected/);
  });
});
