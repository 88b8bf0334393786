// A template that locks its equality section (a content control locked against editing): Word
// refuses to write there, so Jämkoll says so before it writes anything.
import { strFromU8, unzipSync } from "fflate";
import { defaultPack } from "../../src/guidance/default-pack";
import { WordFailure } from "../../src/word/problems";
import { p, rawDocx } from "../helpers/raw-docx";
import { openInWord } from "../helpers/word";

const pack = defaultPack();
const locked = (inner: string) => `<w:sdt><w:sdtPr><w:alias w:val="Jämställdhet"/><w:tag w:val="jamstalldhet"/><w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

it.each([
  ["the questions after a locked template text", locked(p("Jämställdhet", "Heading1") + p("Beskriv hur beslutet påverkar kvinnor och män, flickor och pojkar.")), "questions"],
  ["the template under a locked empty heading", locked(p("Jämställdhet", "Heading1")) + p("Beslutsunderlag", "Heading1"), "section"],
])("inserting %s is refused up front as a locked place, and the file is unchanged", async (_name, section, what) => {
  const doc = rawDocx([p("Ny simhall", "Title"), p("Ärendet", "Heading1"), p("Regionen bygger en simhall."), section].join(""));
  const { host, gateway } = openInWord(doc, "1.9");
  const before = strFromU8(unzipSync(host.save())["word/document.xml"]);
  const status = (await gateway.check(pack, { mark: false })).report.sections[0].status;
  expect(["template", "empty"]).toContain(status);
  const e = await (what === "questions" ? gateway.insertQuestions(pack, "equality", null) : gateway.insertSection(pack, "equality")).catch((x) => x);
  expect(e).toBeInstanceOf(WordFailure);
  expect(e.problem.code).toBe("conflict");
  expect(strFromU8(unzipSync(host.save())["word/document.xml"])).toBe(before);
});
