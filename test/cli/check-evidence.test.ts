// `jamkoll check` shows why: each met criterion with the paragraph and sentence that met it, and
// each status finding with the words that set it off.
import { cli } from "../helpers/cli";
import { fixture } from "../helpers/corpus";

it("prints the sentence behind each met criterion and the words behind a dismissal", async () => {
  const r = await cli("check", fixture("dev-07-heltid.docx"), fixture("dev-04-parkeringshus.docx"));
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/sex-disaggregated-data[^\n]*\n\s+block \d+: "Av medarbetarna inom vård och omsorg är 83 procent kvinnor\."/);
  expect(r.out).toMatch(/dismisses[^\n]*\n\s+block \d+: "Ej aktuellt"/);
});

it("gives the evidence with its block, words, span and sentence in JSON", async () => {
  const r = await cli("check", "--json", fixture("dev-07-heltid.docx"));
  const [file] = JSON.parse(r.out) as { sections: { evidence: { criterion: string; block: number; text: string; start: number; end: number; sentence: string }[] }[] }[];
  const e = file.sections[0].evidence.find((x) => x.criterion === "sex-disaggregated-data")!;
  expect(e).toMatchObject({ text: "83 procent kvinnor", sentence: "Av medarbetarna inom vård och omsorg är 83 procent kvinnor." });
  expect(e.end - e.start).toBe(e.text.length);
});
