// A batch prints each file's result as soon as that file is done: a slow file (here a named pipe
// nobody writes to yet) does not hold back the results before it.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { fixture } from "../helpers/corpus";

const ENGLISH = { LANG: "en_GB.UTF-8" };

function slowFile(): string {
  const fifo = join(mkdtempSync(join(tmpdir(), "jk-slow-")), "langsam.docx");
  execFileSync("mkfifo", [fifo]);
  return fifo;
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return cond();
}

describe.each([[[] as string[]], [["--json"]]])("check %j over a batch with a slow file", (flags) => {
  it("prints the first file's result before the slow file is done", async () => {
    const good = fixture("dev-03-foretagsstod.docx");
    const slow = slowFile();
    let out = "";
    let err = "";
    const done = run(["check", ...flags, good, slow, fixture("dev-08-ekonomisystem.docx")], { out: (t) => void (out += t + "\n"), err: (t) => void (err += t + "\n") }, ENGLISH);
    const early = await until(() => out.includes(good), 3000);
    // Let the slow file finish (as not a zip) whatever happened, so the run ends.
    await writeFile(slow, "not a zip");
    const code = await done;
    expect(early).toBe(true);
    expect(code).toBe(2);
    expect(err).toContain(`${slow}: is not a Word document`);
    expect(out).toContain("dev-08-ekonomisystem.docx");
    if (flags.length) {
      const results = JSON.parse(out);
      expect(results.map((r: { file: string }) => r.file)).toEqual([good, fixture("dev-08-ekonomisystem.docx")]);
    }
  });
});

it("review prints the first file's comments before the slow file is done", async () => {
  const good = fixture("dev-03-foretagsstod.docx");
  const slow = slowFile();
  let out = "";
  const done = run(["review", good, slow], { out: (t) => void (out += t + "\n"), err: () => undefined }, ENGLISH);
  const early = await until(() => out.includes(good), 3000);
  await writeFile(slow, "not a zip");
  expect(await done).toBe(2);
  expect(early).toBe(true);
});

it("names the file when reading it fails in an unexpected way", async () => {
  const { fileErrorMessage } = await import("../../src/cli/batch");
  const { setCliLanguage } = await import("../../src/cli/i18n");
  setCliLanguage("en");
  expect(fileErrorMessage("djup.docx", new RangeError("Maximum call stack size exceeded"))).toMatch(/^djup\.docx: /);
});
