// Converts a .docx with LibreOffice (headless) to PDF or back to .docx, for round-trip tests.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasTool } from "./system-tool";

export const hasLibreOffice = (): boolean => hasTool("soffice") && hasTool("pdftotext", ["-v"]);

export function convert(bytes: Uint8Array, to: "pdf" | "docx", name = "doc"): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "jk-lo-"));
  const input = join(dir, `${name}.docx`);
  const outDir = join(dir, "out");
  writeFileSync(input, bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", to === "pdf" ? "pdf" : "docx:MS Word 2007 XML", "--outdir", outDir, input], {
    stdio: "pipe",
    timeout: 120000,
  });
  return new Uint8Array(readFileSync(join(outDir, `${name}.${to}`)));
}

export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "jk-pdf-"));
  const file = join(dir, "x.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}
