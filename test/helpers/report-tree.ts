// A folder tree of corpus proposals as a board's year looks on disk: two boards, two months, a
// corrupt file, a lock file, a note that is not a .docx, and one proposal whose case-management
// system wrote custom properties (and a title with `;`, `"` and a line break).
import { strToU8, unzipSync, zipSync } from "fflate";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURES = join(__dirname, "..", "fixtures");
const xmlEsc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface TreeProposal {
  /** Path in the tree. */
  path: string;
  fixture: string;
  created: string;
  title?: string;
  custom?: Record<string, string | number>;
}

export const BOARDS = { rs: "Regionstyrelsen", hsn: "Hälso- och sjukvårdsnämnden" };

export const TREE: TreeProposal[] = [
  { path: `${BOARDS.rs}/2026-03/dev-02.docx`, fixture: "dev-02-fardtjanst.docx", created: "2026-03-03T09:00:00Z" },
  { path: `${BOARDS.rs}/2026-03/dev-03.docx`, fixture: "dev-03-foretagsstod.docx", created: "2026-03-05T09:00:00Z" },
  { path: `${BOARDS.rs}/2026-04/dev-07.docx`, fixture: "dev-07-heltid.docx", created: "2026-04-02T09:00:00Z" },
  { path: `${BOARDS.rs}/2026-04/dev-08.docx`, fixture: "dev-08-ekonomisystem.docx", created: "2026-04-08T09:00:00Z" },
  {
    path: `${BOARDS.hsn}/2026-03/dev-12.docx`,
    fixture: "dev-12-tandvard.docx",
    created: "2026-03-10T09:00:00Z",
    title: 'Tandvård; avgifter "2026"\nandra raden',
    custom: { Diarienummer: "HSN 2026-0042", Nämnd: BOARDS.hsn, Sammanträdesdatum: "2026-03-24T00:00:00Z", Belopp: 1250000.5 },
  },
  { path: `${BOARDS.hsn}/2026-03/dev-10.docx`, fixture: "dev-10-nattbussar.docx", created: "2026-03-12T09:00:00Z", title: "=HYPERLINK(\"http://example.invalid\")" },
  { path: `${BOARDS.hsn}/2026-04/dev-04.docx`, fixture: "dev-04-parkeringshus.docx", created: "2026-04-14T09:00:00Z" },
  { path: `${BOARDS.hsn}/2026-04/dev-09.docx`, fixture: "dev-09-folkhalsa.docx", created: "2026-04-20T09:00:00Z" },
];

export const CORRUPT = `${BOARDS.hsn}/2026-04/trasig.docx`;

function customXml(props: Record<string, string | number>): string {
  const items = Object.entries(props).map(([name, v], i) => {
    const value = typeof v === "number" ? `<vt:r8>${v}</vt:r8>` : /^\d{4}-\d{2}-\d{2}T/.test(v) ? `<vt:filetime>${v}</vt:filetime>` : `<vt:lpwstr>${xmlEsc(v)}</vt:lpwstr>`;
    return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${xmlEsc(name)}">${value}</property>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items.join("")}</Properties>`;
}

/** The fixture with its core dates (and title, custom properties) set. */
export function proposalBytes(p: Omit<TreeProposal, "path">): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(join(FIXTURES, p.fixture))));
  let core = new TextDecoder().decode(files["docProps/core.xml"]);
  core = core.replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${p.created}`).replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${p.created}`);
  if (p.title !== undefined) core = core.replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${xmlEsc(p.title)}</dc:title>`);
  files["docProps/core.xml"] = strToU8(core);
  if (p.custom) files["docProps/custom.xml"] = strToU8(customXml(p.custom));
  return zipSync(files);
}

/** Writes the tree into a new temporary folder and returns it. */
export function writeReportTree(): string {
  const root = mkdtempSync(join(tmpdir(), "jk-report-"));
  for (const p of TREE) {
    const file = join(root, p.path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, proposalBytes(p));
  }
  writeFileSync(join(root, CORRUPT), "PK\u0003\u0004 this zip ends here");
  writeFileSync(join(root, BOARDS.rs, "2026-03", "~$dev-03.docx"), "lock");
  writeFileSync(join(root, BOARDS.rs, "anteckningar.txt"), "not a proposal");
  return root;
}
