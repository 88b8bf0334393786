// Issue 15 item 4: whatever a pack or a reviewer's text holds, the saved document stays valid
// XML that Word will open: characters XML 1.0 forbids are dropped before any insert.
import { strFromU8, unzipSync } from "fflate";
import { defaultPack } from "../../src/guidance/default-pack";
import { newComment } from "../../src/review/model";
import { visibleText } from "../../src/review/visible";
import { ReviewGateway } from "../../src/word/comments";
import { parseXml } from "../../src/docx/xml";
import { buildDocx } from "../helpers/build-docx";
import { openInWord } from "../helpers/word";

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const SOURCE = "= Förslag\n# Sammanfattning\nText.\n# Beslutsunderlag\nUtredning.\n";

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)["word/document.xml"]);
}

describe("nothing XML cannot hold reaches the document", () => {
  it("a pack (cached or built before validation refused it) with U+0001 and U+001B in its template", async () => {
    const { host, gateway } = openInWord(buildDocx(SOURCE), "1.9");
    const pack = defaultPack();
    pack.sections[0].template = pack.sections[0].template.map((t, i) => (i === 1 ? `Beskriv\u0001 konsekvenserna\u001b[2J.` : t));
    await gateway.insertSection(pack, "equality");
    const xml = documentXml(host.save());
    expect(xml).not.toMatch(FORBIDDEN);
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain("Beskriv konsekvenserna[2J.");
  });

  it("a reviewer comment pasted with a control character", async () => {
    const { host } = openInWord(buildDocx(SOURCE), "1.9");
    const review = new ReviewGateway({ run: (b) => Word.run(b), supports: () => true });
    const c = newComment({ id: "c1", author: { name: "Anna\u0007", role: "granskare" }, criterion: null, text: "Se\u001b rad 2", quote: "", at: "2026-11-24T09:00:00.000Z" });
    await review.add(c, visibleText(c, null), { kind: "end" });
    const xml = documentXml(host.save());
    expect(xml).not.toMatch(FORBIDDEN);
    expect(xml).toContain("Se rad 2");
  });
});
