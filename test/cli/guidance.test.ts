import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultPack } from "../../src/guidance/default-pack";
import { cli } from "../helpers/cli";
import { fixture } from "../helpers/corpus";

const tmp = () => mkdtempSync(join(tmpdir(), "jk-pack-"));
const writePack = (dir: string, name: string, change: (p: ReturnType<typeof defaultPack>) => void = () => undefined) => {
  const p = JSON.parse(JSON.stringify(defaultPack()));
  change(p);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(p, null, 2));
  return file;
};

describe("jamkoll guidance", () => {
  it("export prints the built-in pack, which validates", async () => {
    const dir = tmp();
    const r = await cli("guidance", "export");
    expect(JSON.parse(r.out).id).toBe("jamkoll-default");
    writeFileSync(join(dir, "p.json"), r.out);
    const v = await cli("guidance", "validate", join(dir, "p.json"));
    expect(v.code).toBe(0);
    expect(v.out).toContain(`valid guidance pack jamkoll-default version ${defaultPack().version}`);
  });

  it("validate exits 1 and names every field that is wrong", async () => {
    const dir = tmp();
    const file = writePack(dir, "bad.json", (p) => {
      p.criteria[0].patterns[0] = "[";
      (p.checklist[1] as { criterion: string }).criterion = "x";
    });
    const r = await cli("guidance", "validate", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain("criteria[0].patterns[0]: is not a valid regular expression");
    expect(r.err).toContain('checklist[1].criterion: names the unknown criterion "x"');
  });

  it("publish writes <version>.json and latest.json, keeps earlier versions and refuses a version that does not grow", async () => {
    const src = tmp();
    const out = join(tmp(), "guidance");
    const v1 = writePack(src, "v1.json");
    expect((await cli("guidance", "publish", v1, "--out", out)).code).toBe(0);
    const v2 = writePack(src, "v2.json", (p) => {
      p.version = "2.0.0";
      p.sections[0].headingTerms.push("\\blikabehandling\\p{L}*");
      p.checklist.push({ id: "q-new", criterion: "impact", text: { sv: "Vem vinner och vem förlorar på förslaget?" } });
    });
    const r = await cli("guidance", "publish", v2, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("+ section equality heading term: \\blikabehandling\\p{L}*");
    expect(r.out).toContain("+ question q-new (impact)");
    expect(readdirSync(out).sort()).toEqual([`${defaultPack().version}.json`, "2.0.0.json", "latest.json"]);
    expect(JSON.parse(readFileSync(join(out, "latest.json"), "utf8")).version).toBe("2.0.0");

    const again = await cli("guidance", "publish", v1, "--out", out);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`version ${defaultPack().version} is not greater than the published version 2.0.0`);
    expect(JSON.parse(readFileSync(join(out, "latest.json"), "utf8")).version).toBe("2.0.0");
    expect(readdirSync(out).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("publish refuses an invalid pack and leaves the folder as it was", async () => {
    const out = join(tmp(), "g");
    const bad = writePack(tmp(), "bad.json", (p) => {
      p.version = "x";
    });
    expect((await cli("guidance", "publish", bad, "--out", out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("diff lists what changed", async () => {
    const dir = tmp();
    const a = writePack(dir, "a.json");
    const b = writePack(dir, "b.json", (p) => {
      p.version = "2.0.0";
      p.criteria = p.criteria.filter((c) => c.id !== "minorities");
      p.sections[0].criteria = p.sections[0].criteria.filter((c) => c !== "minorities");
      p.checklist = p.checklist.filter((q) => q.criterion !== "minorities");
      p.criteria[0].label.sv = "Vilka berörs";
    });
    const r = await cli("guidance", "diff", a, b);
    expect(r.out).toContain("- criterion minorities");
    expect(r.out).toContain('~ criterion target-groups: label: "Berörda kvinnor och män, flickor och pojkar');
    expect(r.out).toContain("- question q-minorities (minorities)");
  });

  it("check --guidance uses the pack: a new heading term finds a section it did not find before", async () => {
    const dir = tmp();
    const { buildDocx } = await import("../helpers/build-docx");
    const docx = join(dir, "p.docx");
    writeFileSync(docx, buildDocx("= Förslag\n# Sammanfattning\nText.\n# Likabehandling\nAv brukarna är 60 procent kvinnor, och förslaget påverkar dem mer än män. Vi följer upp utfallet.\n# Beslutsunderlag\nX.\n"));
    const before = JSON.parse((await cli("check", "--json", docx)).out);
    expect(before[0].sections[0].status).toBe("missing");
    const pack = writePack(dir, "pack.json", (p) => {
      p.version = "2.0.0";
      p.sections[0].headingTerms.push("\\blikabehandling\\p{L}*");
    });
    const after = JSON.parse((await cli("check", "--json", "--guidance", pack, docx)).out);
    expect(after[0].guidance.version).toBe("2.0.0");
    expect(after[0].sections[0]).toMatchObject({ status: "adequate", heading: "Likabehandling" });
  });
});

describe("check --guidance over HTTP", () => {
  it("fetches the pack from a URL, and says clearly when the server fails", async () => {
    const { createServer } = await import("node:http");
    const pack = JSON.stringify({ ...defaultPack(), version: "3.0.0" });
    const server = createServer((req, res) => {
      if (req.url === "/latest.json") res.writeHead(200, { "Content-Type": "application/json" }).end(pack);
      else res.writeHead(404).end("no");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const ok = await cli("check", "--json", "--guidance", `http://127.0.0.1:${port}/latest.json`, fixture("dev-03-foretagsstod.docx"));
      expect(JSON.parse(ok.out)[0].guidance.version).toBe("3.0.0");
      const bad = await cli("check", "--guidance", `http://127.0.0.1:${port}/missing.json`, fixture("dev-03-foretagsstod.docx"));
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("the server answered 404");
    } finally {
      server.close();
    }
  });
});
