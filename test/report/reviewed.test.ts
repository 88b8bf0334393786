// A proposal reviewed in Word (through the real src/word code on the in-memory Word): the report
// counts its reviewer comments by status and shows the guidance version stamped in it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { newComment, withStatus } from "../../src/review/model";
import { visibleText } from "../../src/review/visible";
import { ReviewGateway } from "../../src/word/comments";
import { writeStamp } from "../../src/word/stamp";
import { fixture } from "../helpers/corpus";
import { openInWord } from "../helpers/word";

const anna = { name: "Anna Berg", role: "granskare" as const };
const api = () => ({ run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b), supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v) });

it("counts reviewer comments by status and shows an older guidance stamp", async () => {
  const { host } = openInWord("dev-09-folkhalsa.docx", "1.9");
  const review = new ReviewGateway(api());
  const open = newComment({ id: "00000000-0000-4000-8000-000000000001", author: anna, criterion: "sex-disaggregated-data", text: "Var finns statistiken?", quote: "", at: "2026-11-24T09:00:00.000Z" });
  await review.add(open, visibleText(open, "Könsuppdelad statistik"), { kind: "end" });
  let done = newComment({ id: "00000000-0000-4000-8000-000000000002", author: anna, criterion: null, text: "Rubriken är rätt.", quote: "", at: "2026-11-24T09:05:00.000Z" });
  done = await review.add(done, visibleText(done, null), { kind: "end" });
  await review.update({ id: done.id }, (s) => withStatus(s, "resolved", "2026-11-24T10:00:00.000Z", anna.name), (x) => visibleText(x, null));
  await writeStamp({ id: "jamkoll-default", version: "0.9.0", checkedAt: "2026-11-24T10:00:00.000Z" });

  const dir = mkdtempSync(join(tmpdir(), "jk-reviewed-"));
  writeFileSync(join(dir, "granskad.docx"), host.save());
  writeFileSync(join(dir, "ogranskad.docx"), readFileSync(fixture("dev-03-foretagsstod.docx")));
  let out = "";
  const io = { out: (t: string) => void (out += t + "\n"), err: () => undefined };
  expect(await run(["report", "--json", "--out", join(dir, "r.html"), "--csv", join(dir, "r.csv"), dir], io, {})).toBe(0);
  const records = JSON.parse(out).records as { file: string; comments: Record<string, number>; stamp: { version: string } | null }[];
  const reviewed = records.find((r) => r.file === "granskad.docx")!;
  expect(reviewed.comments).toEqual({ open: 1, answered: 0, resolved: 1 });
  expect(reviewed.stamp).toMatchObject({ id: "jamkoll-default", version: "0.9.0" });
  expect(records.find((r) => r.file === "ogranskad.docx")!.stamp).toBeNull();

  const html = readFileSync(join(dir, "r.html"), "utf8");
  expect(html).toContain("1 ärende granskades senast i Word med en annan version av vägledningen");
  const csv = readFileSync(join(dir, "r.csv"), "utf8").slice(1).split("\r\n");
  const head = csv[0].split(";");
  const row = csv.find((l) => l.startsWith("granskad.docx;"))!.split(";");
  expect(row[head.indexOf("Öppna kommentarer")]).toBe("1");
  expect(row[head.indexOf("Lösta kommentarer")]).toBe("1");
  expect(row[head.indexOf("Vägledning i dokumentet")]).toBe("jamkoll-default 0.9.0");
});
