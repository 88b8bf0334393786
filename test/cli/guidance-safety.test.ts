// Hostile guidance for the command line: recheck's ReDoS analysis in validate/publish and
// --guidance, and --guidance URLs read with a size cap, time-outs that name the URL, https only.
import { createServer, type Server } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultPack } from "../../src/guidance/default-pack";
import { readPackText } from "../../src/cli/pack-source";
import { MAX_PACK_BYTES } from "../../src/guidance/validate";
import { cli } from "../helpers/cli";
import { fixture } from "../helpers/corpus";

const writePack = (change: (p: ReturnType<typeof defaultPack>) => void) => {
  const p = JSON.parse(JSON.stringify(defaultPack()));
  change(p);
  const file = join(mkdtempSync(join(tmpdir(), "jk-hostile-")), "pack.json");
  writeFileSync(file, JSON.stringify(p, null, 2));
  return file;
};

describe("recheck guards validate, publish and --guidance", () => {
  // Three repetitions of a two-character group: cubic, and invisible to a one-character check.
  const cubic = "(?:,a)*(?:,a)*(?:,a)*x";

  it("validate refuses a pattern recheck finds super-linear, naming the field", async () => {
    const file = writePack((p) => void p.sections[0].reason.push(cubic));
    const r = await cli("guidance", "validate", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/sections\[0\]\.reason\[\d+\]: .*(?:polynomial|cubic|exponential)/);
  });

  it("publish refuses it too, and check --guidance will not use it", async () => {
    const file = writePack((p) => void p.criteria[0].patterns.push(cubic));
    const out = mkdtempSync(join(tmpdir(), "jk-pub-"));
    const pub = await cli("guidance", "publish", file, "--out", out);
    expect(pub.code).toBe(1);
    expect(pub.err).toMatch(/criteria\[0\]\.patterns\[\d+\]/);
    const check = await cli("check", "--guidance", file, fixture("dev-03-foretagsstod.docx"));
    expect(check.code).toBe(2);
    expect(check.err).toMatch(/criteria\[0\]\.patterns\[\d+\]/);
  });

  it("accepts a new pattern in the house style (quadratic at most over one long word)", async () => {
    const file = writePack((p) => void p.criteria[0].patterns.push("\\briktad\\p{L}* (?:insats|åtgärd)\\p{L}*"));
    const r = await cli("guidance", "validate", file);
    // On a busy machine recheck may run out of time on it: that is a warning, never a refusal.
    expect(r.err).not.toMatch(/invalid/);
    expect(r.code).toBe(0);
  });
});

describe("--guidance URL", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/endless.json") {
        res.writeHead(200, { "Content-Type": "application/json" });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (res.write(chunk));
          res.once("drain", pump);
        };
        res.write("{");
        pump();
        req.socket.once("close", () => res.destroy());
      } else if (req.url === "/trickle.json") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.write("{");
        const timer = setInterval(() => res.write(" "), 50);
        req.socket.once("close", () => clearInterval(timer));
      } else if (req.url === "/silent.json") {
        // Never answers.
      } else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("stops reading an endless response at the size cap and names the URL", async () => {
    const used = process.memoryUsage().rss;
    await expect(readPackText(`${base}/endless.json`, { timeoutMs: 10000 })).rejects.toThrow(new RegExp(`${base}/endless.json: .*larger than ${MAX_PACK_BYTES / 1024} KB`));
    expect(process.memoryUsage().rss - used).toBeLessThan(64 * 1024 * 1024);
  });

  it("times out on a body that trickles, naming the URL", async () => {
    const t = Date.now();
    await expect(readPackText(`${base}/trickle.json`, { timeoutMs: 400 })).rejects.toThrow(new RegExp(`${base}/trickle.json: no complete answer within 0.4 s`));
    expect(Date.now() - t).toBeLessThan(3000);
  });

  it("times out on a server that never answers, naming the URL", async () => {
    await expect(readPackText(`${base}/silent.json`, { timeoutMs: 300 })).rejects.toThrow(`${base}/silent.json: no complete answer within 0.3 s`);
  });

  it("refuses plain http except on this computer", async () => {
    await expect(readPackText("http://guidance.example.org/latest.json")).rejects.toThrow(/http:\/\/guidance\.example\.org\/latest\.json: .*https/);
    const r = await cli("check", "--guidance", "http://guidance.example.org/latest.json", fixture("dev-03-foretagsstod.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/https/);
  });
});
