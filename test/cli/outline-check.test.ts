import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/cli";
import { corpusLabels, fixture } from "../helpers/corpus";

describe("jamkoll outline", () => {
  it("prints headings and block counts", async () => {
    const r = await cli("outline", fixture("dev-07-heltid.docx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("H1 Konsekvenser");
    expect(r.out).toContain("  H2 Konsekvenser för jämställdheten");
    expect(r.out).toMatch(/15 blocks: 1 title, 7 headings, 7 paragraphs/);
  });

  it("prints the readable files and exits 2 with the reason when one cannot be read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-"));
    const bad = join(dir, "broken.docx");
    writeFileSync(bad, "not a zip");
    const r = await cli("outline", fixture("dev-06-kulturstod.docx"), bad);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Jämställdhet och jämlikhet  (bold line)");
    expect(r.err).toContain(`${bad}: is not a Word document`);
  });
});

describe("jamkoll check", () => {
  it("reports every corpus file as JSON with its labelled status", async () => {
    const files = corpusLabels();
    const r = await cli("check", "--json", ...files.map(([f]) => fixture(f)));
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out);
    expect(results).toHaveLength(files.length);
    results.forEach((res: { file: string; guidance: { id: string }; sections: { id: string; status: string; criteria: Record<string, boolean> }[] }, i: number) => {
      expect(res.file).toBe(fixture(files[i][0]));
      expect(res.guidance.id).toBe("jamkoll-default");
      expect(res.sections[0].id).toBe("equality");
      expect(res.sections[0].status).toBe(files[i][1].status);
      expect(Object.keys(res.sections[0].criteria)).toHaveLength(8);
    });
  });

  it("--fail-on exits 1 when a file is at or below the status", async () => {
    expect((await cli("check", "--fail-on", "dismissed", fixture("dev-03-foretagsstod.docx"), fixture("dev-08-ekonomisystem.docx"))).code).toBe(0);
    expect((await cli("check", "--fail-on", "justified", fixture("dev-03-foretagsstod.docx"), fixture("dev-08-ekonomisystem.docx"))).code).toBe(1);
    const bad = await cli("check", "--fail-on", "bad", fixture("dev-03-foretagsstod.docx"));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--fail-on must be one of");
  });

  it("prints a readable summary by default", async () => {
    const r = await cli("check", fixture("dev-02-fardtjanst.docx"));
    expect(r.out).toContain("missing (saknas)");
    expect(r.out).toContain("The proposal has no gender-equality section.");
  });

  it("says clearly when the guidance pack cannot be used", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-"));
    const pack = join(dir, "pack.json");
    writeFileSync(pack, JSON.stringify({ id: "x" }));
    const r = await cli("check", "--guidance", pack, fixture("dev-03-foretagsstod.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("the guidance pack is invalid");
    expect(r.err).toMatch(/version: /);
  });
});
