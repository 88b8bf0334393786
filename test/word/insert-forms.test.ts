// A missing section is inserted with a heading like the document's own: Swedish Word's Rubrik
// styles, a case-management template's own styles, or a bold line where headings are typed by hand.
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { buildDocx, type HeadingForm } from "../helpers/build-docx";
import { openInWord } from "../helpers/word";

const SOURCE = `= Förslag om nya öppettider
# Sammanfattning
Biblioteken får längre öppettider.
# Resurser och finansiering
Ryms i budget.
# Beslutsunderlag
Utredning.
`;

describe.each(["english", "swedish", "outline", "based-on"] as HeadingForm[])("inserting the section in a %s-heading proposal", (form) => {
  it.each(["1.3", "1.9"])("at WordApi %s the new heading is found again, after Resurser och finansiering", async (api) => {
    const { host, gateway } = openInWord(buildDocx(SOURCE, form), api);
    await gateway.insertSection(defaultPack(), "equality");
    const model = readDocx(host.save(), "x.docx");
    const s = analyze(model, defaultPack()).sections[0];
    expect(s.status).toBe("template");
    expect(s.form).toBe("heading");
    const resurser = model.blocks.find((b) => b.text === "Resurser och finansiering")!;
    expect(model.blocks[s.headingBlock!]).toMatchObject({ kind: "heading", level: 1, style: resurser.style });
    expect(s.headingBlock).toBe(resurser.index + 2);
  });
});

it("in a proposal whose headings are bold lines, the new heading is a bold line", async () => {
  const { host, gateway } = openInWord(buildDocx(SOURCE.replace(/^# /gm, "** "), "english"), "1.3");
  await gateway.insertSection(defaultPack(), "equality");
  const model = readDocx(host.save(), "x.docx");
  const s = analyze(model, defaultPack()).sections[0];
  expect(s).toMatchObject({ status: "template", form: "bold-line", heading: "Jämställdhet" });
});
