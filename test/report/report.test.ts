// jamkoll report over a generated folder tree: the numbers in JSON, CSV and HTML agree with the
// analysis of each file, and what cannot be read is listed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/analysis/analyze";
import { STATUSES } from "../../src/analysis/report";
import { run } from "../../src/cli/main";
import { readDocxFile } from "../../src/docx/file";
import { defaultPack } from "../../src/guidance/default-pack";
import { BOARDS, CORRUPT, TREE, writeReportTree } from "../helpers/report-tree";

async function jamkoll(argv: string[], env: Record<string, string | undefined> = { LANG: "C.UTF-8" }) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => void (out += t.endsWith("\n") ? t : t + "\n"), err: (t) => void (err += t.endsWith("\n") ? t : t + "\n") }, env);
  return { code, out, err };
}

/** RFC 4180 with `;`: quoted fields may hold `;`, `""` and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === "\n") throw new Error(`bare LF outside quotes at ${i}`);
    else field += c;
  }
  if (field || row.length) throw new Error("the last row does not end with CRLF");
  return rows;
}

interface Rec {
  file: string;
  folder: string;
  title: string;
  status: string;
  criteria: Record<string, boolean>;
  evidence: Record<string, string>;
  properties: Record<string, unknown>;
  comments: Record<string, number>;
}

let root = "";
const expected = new Map<string, { status: string; criteria: Record<string, boolean> }>();
const sentences = new Map<string, Map<string, string>>();
beforeAll(async () => {
  root = writeReportTree();
  for (const p of TREE) {
    const r = analyze(await readDocxFile(join(root, p.path)), defaultPack());
    expected.set(p.path, { status: r.sections[0].status, criteria: r.sections[0].criteria });
    const first = new Map<string, string>();
    for (const e of r.sections[0].evidence) if (!first.has(e.criterion)) first.set(e.criterion, e.sentence.replace(/\s+/g, " ").trim());
    sentences.set(p.path, first);
  }
});

const countsOf = (statuses: string[]) => Object.fromEntries(STATUSES.map((s) => [s, statuses.filter((x) => x === s).length]));

describe("jamkoll report", () => {
  it("JSON: one record per readable proposal with properties, status, criteria and evidence; the corrupt file listed", async () => {
    const r = await jamkoll(["report", "--json", "--lang", "sv", root]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.records.map((x: Rec) => x.file).sort()).toEqual(TREE.map((p) => p.path).sort());
    for (const rec of report.records as Rec[]) {
      expect({ status: rec.status, criteria: rec.criteria }).toEqual(expected.get(rec.file));
      for (const [id, sentence] of Object.entries(rec.evidence)) {
        expect(rec.criteria[id]).toBe(true);
        // The whole sentence that met the criterion, as the analyser gives it.
        expect(sentence).toBe(sentences.get(rec.file)!.get(id));
      }
    }
    expect(report.summary.counts).toEqual(countsOf([...expected.values()].map((e) => e.status)));
    expect(report.summary.groups.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      [`${BOARDS.hsn}/2026-03`, 2],
      [`${BOARDS.hsn}/2026-04`, 2],
      [`${BOARDS.rs}/2026-03`, 2],
      [`${BOARDS.rs}/2026-04`, 2],
    ]);
    expect(report.summary.months.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      ["2026-03", 4],
      ["2026-04", 4],
    ]);
    const adequate = (report.records as Rec[]).find((x) => x.file.endsWith("dev-03.docx"))!;
    expect(adequate.status).toBe("adequate");
    expect(Object.keys(adequate.evidence).length).toBeGreaterThanOrEqual(3);
    const withProps = (report.records as Rec[]).find((x) => x.file.endsWith("dev-12.docx"))!;
    expect(withProps.title).toBe('Tandvård; avgifter "2026"\nandra raden');
    expect(withProps.properties).toEqual({ Diarienummer: "HSN 2026-0042", Nämnd: BOARDS.hsn, Sammanträdesdatum: "2026-03-24T00:00:00Z", Belopp: 1250000.5 });
    expect(report.unreadable).toEqual([{ file: CORRUPT, reason: expect.stringMatching(/inte ett Word-dokument|skadat/) }]);
    expect(report.skipped).toEqual({ lockFiles: 1, notDocx: 1 });
    expect(report.guidance).toMatchObject({ id: "jamkoll-default" });
    expect(r.err).toContain(`${CORRUPT}:`);
  });

  it("--group-by property:Nämnd and month; --since and --until select by creation date", async () => {
    const byBoard = JSON.parse((await jamkoll(["report", "--json", "--group-by", "property:Nämnd", root])).out);
    expect(byBoard.summary.groups.map((g: { key: string | null; total: number }) => [g.key, g.total])).toEqual([
      [BOARDS.hsn, 1],
      [null, 7],
    ]);
    const april = JSON.parse((await jamkoll(["report", "--json", "--since", "2026-04", root])).out);
    expect(april.records).toHaveLength(4);
    expect(april.outsideDates).toBe(4);
    const march = JSON.parse((await jamkoll(["report", "--json", "--until", "2026-03", "--group-by", "month", root])).out);
    expect(march.summary.groups.map((g: { key: string }) => g.key)).toEqual(["2026-03"]);
    const bad = await jamkoll(["report", "--group-by", "author", root]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--group-by ska vara folder, month eller property:NAMN");
  });

  it("CSV for Swedish Excel: BOM, `;`, CRLF, quoting, decimal comma, ISO dates, formulas neutralised", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-out-"));
    const csv = join(dir, "rapport.csv");
    const r = await jamkoll(["report", "--csv", csv, root]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "jamkoll-rapport.html"))).toBe(false);
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).not.toMatch(/^\uFEFFsep=/);
    const rows = parseCsv(text.slice(1));
    const [head, ...body] = rows;
    expect(body).toHaveLength(TREE.length);
    expect(head.slice(0, 6)).toEqual(["Fil", "Mapp", "Titel", "Skapad", "Ändrad", "Författare"]);
    expect(head).toEqual(expect.arrayContaining(["Diarienummer", "Nämnd", "Sammanträdesdatum", "Belopp", "Status", "Statuskod", "Könsuppdelad statistik", "Öppna kommentarer"]));
    const col = (name: string) => head.indexOf(name);
    const row12 = body.find((x) => x[col("Fil")].endsWith("dev-12.docx"))!;
    expect(row12[col("Titel")]).toBe('Tandvård; avgifter "2026"\nandra raden');
    expect(row12[col("Belopp")]).toBe("1250000,5");
    expect(row12[col("Skapad")]).toBe("2026-03-10");
    expect(row12[col("Sammanträdesdatum")]).toBe("2026-03-24");
    const row10 = body.find((x) => x[col("Fil")].endsWith("dev-10.docx"))!;
    expect(row10[col("Titel")]).toBe(`'=HYPERLINK("http://example.invalid")`);
    for (const row of body) {
      const e = expected.get(row[col("Fil")])!;
      expect(row[col("Statuskod")]).toBe(e.status);
      expect(row[col("Könsuppdelad statistik")]).toBe(e.criteria["sex-disaggregated-data"] ? "ja" : "nej");
      expect(row[col("Andel uppfyllda kriterier")]).toMatch(/^\d+(,\d+)?$/);
    }
  });

  it("HTML: self-contained, escaped, with the same counts as the JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-out-"));
    const out = join(dir, "rapport.html");
    const r = await jamkoll(["report", "--out", out, root]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Rapporten är sparad i ${out}`);
    expect(r.out).toMatch(/Av 8 ärenden hade \d+ \(\d+\s%\) en jämställdhetsanalys som uppfyller riktlinjerna\./);
    const html = readFileSync(out, "utf8");
    const statuses = [...expected.values()].map((e) => e.status);
    const adequate = statuses.filter((s) => s === "adequate").length;
    expect(html).toContain('<html lang="sv">');
    expect(html).toMatch(new RegExp(`Av 8 ärenden hade ${adequate} \\(\\d+\\s%\\) en jämställdhetsanalys som uppfyller riktlinjerna`));
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href="http/i);
    expect(html).toContain("Tandvård; avgifter &quot;2026&quot;");
    expect(html).toContain(`<td>${CORRUPT}</td>`);
    // Every proposal is a row of the table, and each group's numbers are in the group table.
    const table = html.slice(html.indexOf('id="proposals"'), html.indexOf("</table>", html.indexOf('id="proposals"')));
    expect(table.match(/<tr><td>/g)).toHaveLength(TREE.length);
    for (const s of STATUSES) {
      const n = statuses.filter((x) => x === s).length;
      if (n) expect(table.match(new RegExp(`data-status="${s}"`, "g"))).toHaveLength(n);
    }
    const groups = html.slice(html.indexOf('id="groups-table"'), html.indexOf("</table>", html.indexOf('id="groups-table"')));
    const json = JSON.parse((await jamkoll(["report", "--json", root])).out);
    for (const g of json.summary.groups as { key: string; counts: Record<string, number>; total: number }[]) {
      const cells = STATUSES.map((s) => `<td class="num">${g.counts[s]}</td>`).join("");
      expect(groups).toContain(`<th scope="row">${g.key}</th>${cells}<td class="num">${g.total}</td>`);
    }
    expect(html).toMatch(/Skapad \d{4}-\d{2}-\d{2} \d{2}:\d{2} med Jämkoll \d+\.\d+\.\d+/);
    expect(html).toContain("jamkoll-default, version 1");
  });

  it("speaks English with --lang en or an English LANG", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-out-"));
    const r = await jamkoll(["report", "--out", join(dir, "r.html"), "--csv", join(dir, "r.csv"), root], { LANG: "en_GB.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.out).toContain("The report is saved in");
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain('<html lang="en">');
    expect(readFileSync(join(dir, "r.csv"), "utf8").slice(1, 30)).toMatch(/^File;Folder;Title;Created/);
    const csv = readFileSync(join(dir, "r.csv"), "utf8");
    expect(csv).toContain("1250000.5");
    const sv = await jamkoll(["report", "--json", "--lang", "sv", join(root, CORRUPT)], { LANG: "en_GB.UTF-8" });
    expect(sv.err).toContain("Inget ärende kunde läsas");
  });

  it("exits 2 when nothing could be read, still writing the report that lists why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jk-out-"));
    const enc = join(dir, "skyddad.docx");
    writeFileSync(enc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const out = join(dir, "r.html");
    const r = await jamkoll(["report", "--out", out, enc, join(dir, "finns-inte.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("skyddad.docx: är lösenordsskyddat");
    expect(r.err).toContain("finns-inte.docx: filen finns inte.");
    expect(readFileSync(out, "utf8")).toContain("lösenordsskyddat");
  });
});
