// The command line speaks Swedish by default, English with --lang en or an English LANG / LC_ALL.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { fixture } from "../helpers/corpus";

async function jamkoll(argv: string[], env: Record<string, string | undefined> = {}) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => void (out += t.endsWith("\n") ? t : t + "\n"), err: (t) => void (err += t.endsWith("\n") ? t : t + "\n") }, env);
  return { code, out, err };
}

const version = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

describe("the command line in Swedish", () => {
  it("--version prints Jämkoll's version", async () => {
    const r = await jamkoll(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(version);
  });

  it("help is Swedish by default and with a Swedish LANG, English with --lang en or an English LANG", async () => {
    const sv = await jamkoll(["--help"], { LANG: "sv_SE.UTF-8" });
    expect(sv.code).toBe(0);
    expect(sv.out).toContain("Användning: jamkoll");
    expect(sv.out).toContain("Kommandon:");
    expect(sv.out).toContain("granska avsnittet om jämställdhet i varje fil");
    expect(sv.out).toContain("visa hjälp för kommandot");
    const sub = await jamkoll(["report", "--help"]);
    expect(sub.out).toContain("Alternativ:");
    expect(sub.out).toContain("skriv också en CSV-fil för Excel");
    const en = await jamkoll(["--lang", "en", "--help"]);
    expect(en.out).toContain("Usage: jamkoll");
    expect(en.out).toContain("analyse the equality section of each file");
    expect((await jamkoll(["--help"], { LANG: "sv_SE.UTF-8", LC_ALL: "en_US.UTF-8" })).out).toContain("Commands:");
  });

  it("check prints the status, criteria and findings in Swedish", async () => {
    const missing = await jamkoll(["check", fixture("dev-02-fardtjanst.docx")]);
    expect(missing.code).toBe(0);
    expect(missing.out).toContain("Jämställdhet: Saknas");
    expect(missing.out).toContain("Förslaget saknar ett avsnitt om jämställdhet.");
    expect(missing.out).toContain("[måste åtgärdas]");
    const adequate = await jamkoll(["check", fixture("dev-03-foretagsstod.docx")]);
    expect(adequate.out).toContain("Godtagbart — rubrik ”");
    expect(adequate.out).toMatch(/✓ Könsuppdelad statistik/);
    const bad = await jamkoll(["check", "--fail-on", "bra", fixture("dev-03-foretagsstod.docx")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--fail-on ska vara en av");
  });

  it("outline and review speak Swedish; unreadable files are named with a Swedish reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-sv-"));
    const broken = join(dir, "trasig.docx");
    writeFileSync(broken, "inte en zip");
    const o = await jamkoll(["outline", fixture("dev-07-heltid.docx"), broken]);
    expect(o.code).toBe(2);
    expect(o.out).toMatch(/15 stycken: 1 titel, 7 rubriker, 7 brödtextstycken/);
    expect(o.err).toContain(`${broken}: är inte ett Word-dokument (.docx).`);
    const bold = await jamkoll(["outline", fixture("dev-06-kulturstod.docx")]);
    expect(bold.out).toContain("(fet rad)");
    const r = await jamkoll(["review", fixture("dev-03-foretagsstod.docx")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: 0 kommentarer \(0 öppna, 0 besvarade, 0 lösta\)/);
  });

  it("says in Swedish which part of a damaged file cannot be read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-sv-"));
    const good = readFileSync(fixture("dev-03-foretagsstod.docx"));
    const damaged = Buffer.from(good);
    // Overwrite compressed bytes of word/document.xml: the zip lists the part, its data is no deflate stream.
    const at = damaged.indexOf("word/document.xml");
    for (let i = at + 60; i < at + 200; i++) damaged[i] = 0xff;
    const file = join(dir, "skadad.docx");
    writeFileSync(file, damaged);
    const r = await jamkoll(["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/skadad\.docx: Word-dokumentet är skadat\. Delen word\/document\.xml kan inte läsas \(.+\)\./);
    const en = await jamkoll(["--lang", "en", "check", file]);
    expect(en.err).toMatch(/the part word\/document\.xml is damaged and cannot be read/);
  });

  it("guidance and the command line's own errors speak Swedish", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-sv-"));
    const pack = join(dir, "pack.json");
    writeFileSync(pack, (await jamkoll(["guidance", "export"])).out);
    const v = await jamkoll(["guidance", "validate", pack]);
    expect(v.out).toMatch(/giltig vägledning jamkoll-default version [\d.]+ \(8 kriterier, 1 avsnitt, \d+ frågor\)/);
    writeFileSync(pack, JSON.stringify({ id: "x" }));
    const bad = await jamkoll(["check", "--guidance", pack, fixture("dev-03-foretagsstod.docx")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("vägledningen är ogiltig:");
    const unknown = await jamkoll(["check", "--okänd", fixture("dev-03-foretagsstod.docx")]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("fel: okänt alternativ '--okänd'");
    const missingArg = await jamkoll(["check"]);
    expect(missingArg.err).toContain("fel: argumentet 'files' saknas");
    const lang = await jamkoll(["--lang", "fi", "check", fixture("dev-03-foretagsstod.docx")]);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain("--lang ska vara sv eller en");
  });

  it("says what is wrong with a guidance pack in Swedish, and in English with --lang en", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-sv-pack-"));
    const pack = JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "guidance", "default-pack.json"), "utf8"));
    pack.criteria[0].patterns[0] = "[";
    pack.checklist[1].criterion = "x";
    delete pack.publisher;
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(pack));
    const sv = await jamkoll(["guidance", "validate", file], { LANG: "sv_SE.UTF-8" });
    expect(sv.code).toBe(1);
    expect(sv.err).toContain("vägledningen är ogiltig");
    expect(sv.err).toContain("publisher: saknas");
    const fixedShape = { ...pack, publisher: "Regionen" };
    writeFileSync(file, JSON.stringify(fixedShape));
    const rules = await jamkoll(["guidance", "validate", file], { LANG: "sv_SE.UTF-8" });
    expect(rules.err).toContain("criteria[0].patterns[0]: är inte ett giltigt reguljärt uttryck");
    expect(rules.err).toContain('checklist[1].criterion: nämner kriteriet "x", som inte finns');
    const en = await jamkoll(["--lang", "en", "guidance", "validate", file], { LANG: "sv_SE.UTF-8" });
    expect(en.err).toContain('checklist[1].criterion: names the unknown criterion "x"');
    const check = await jamkoll(["check", "--guidance", file, fixture("dev-03-foretagsstod.docx")]);
    expect(check.code).toBe(2);
    expect(check.err).toContain("är inte ett giltigt reguljärt uttryck");
  });

  it("guidance diff says in Swedish what changed, including cues, word lists and every pattern list", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-sv-diff-"));
    const base = JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "guidance", "default-pack.json"), "utf8"));
    const next = JSON.parse(JSON.stringify(base));
    next.version = "9.0.0";
    next.sections[0].headingTerms.push("\\blikabehandling\\p{L}*");
    next.sections[0].nonReason.push("\\bav allmän art\\b");
    next.criteria.find((c: { id: string }) => c.id === "impact").cues.push("\\bdrabbas\\b");
    next.lexicon.groups.push("\\bkvinnliga\\b");
    next.criteria[0].label.sv = "Vilka berörs";
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    writeFileSync(a, JSON.stringify(base));
    writeFileSync(b, JSON.stringify(next));
    const sv = await jamkoll(["guidance", "diff", a, b], { LANG: "sv_SE.UTF-8" });
    expect(sv.code).toBe(0);
    expect(sv.out).toContain(`~ version: ${base.version} → 9.0.0`);
    expect(sv.out).toContain("+ avsnitt equality rubrikord: \\blikabehandling\\p{L}*");
    expect(sv.out).toContain("+ avsnitt equality mönster för skenmotivering: \\bav allmän art\\b");
    expect(sv.out).toContain("+ kriterium impact signalord: \\bdrabbas\\b");
    expect(sv.out).toContain("+ ordlista groups: \\bkvinnliga\\b");
    expect(sv.out).toMatch(/~ kriterium target-groups: namn: "Berörda kvinnor.*" → "Vilka berörs \/ Women/);
    const same = await jamkoll(["guidance", "diff", a, a], { LANG: "sv_SE.UTF-8" });
    expect(same.out.trim()).toBe("Inga ändringar.");
    const en = await jamkoll(["--lang", "en", "guidance", "diff", a, b]);
    expect(en.out).toContain("+ criterion impact cue: \\bdrabbas\\b");
    expect(en.out).toContain("+ word list groups: \\bkvinnliga\\b");
  });
});
