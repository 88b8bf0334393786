import { strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { DocxPackage } from "../../src/docx/package";
import { readDocumentProperties } from "../../src/docx/properties";
import { readStamp, STAMP_SETTING } from "../../src/docx/stamp";
import { STAMP_KEY, writeStamp } from "../../src/word/stamp";
import { buildDocx } from "../helpers/build-docx";
import { fixture } from "../helpers/corpus";
import { openInWord } from "../helpers/word";

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:lpwstr>RS 2026-0142</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Nämnd"><vt:lpwstr>Regionstyrelsen</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Sammanträdesdatum"><vt:filetime>2026-03-12T00:00:00Z</vt:filetime></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Belopp"><vt:r8>1250000.5</vt:r8></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="Sekretess"><vt:bool>false</vt:bool></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="7" name="_JamkollOfficeSettings"><vt:lpwstr>{}</vt:lpwstr></property>
</Properties>`;

function withParts(bytes: Uint8Array, parts: Record<string, string>): DocxPackage {
  const files = unzipSync(bytes);
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return DocxPackage.open(zipSync(files), "x.docx");
}

describe("document properties", () => {
  it("reads the core properties of a corpus proposal", () => {
    const pkg = DocxPackage.open(new Uint8Array(readFileSync(fixture("dev-01-strategi-jamstalldhet.docx"))), "dev-01.docx");
    const { core, custom } = readDocumentProperties(pkg);
    expect(core.title).toBe("Beslut om ny strategi för jämställdhet och jämlikhet");
    expect(core.creator).toBe("corpus");
    expect(core.created).toBe("2026-11-24T03:03:24.522Z");
    expect(core.modified).toBe("2026-11-24T03:03:24.523Z");
    expect(custom).toEqual([]);
  });

  it("reads every custom property with its type, in document order, without Jämkoll's own", () => {
    const pkg = withParts(buildDocx("= Titel\n# Jämställdhet\nText."), { "docProps/custom.xml": CUSTOM });
    expect(readDocumentProperties(pkg).custom).toEqual([
      { name: "Diarienummer", value: "RS 2026-0142" },
      { name: "Nämnd", value: "Regionstyrelsen" },
      { name: "Sammanträdesdatum", value: "2026-03-12T00:00:00Z" },
      { name: "Belopp", value: 1250000.5 },
      { name: "Sekretess", value: false },
    ]);
  });

  it("gives no properties, not an error, when the parts are missing or damaged", () => {
    const pkg = withParts(buildDocx("= Titel"), { "docProps/core.xml": "<cp:coreProperties", "docProps/custom.xml": "not xml" });
    const p = readDocumentProperties(pkg);
    expect(p.core.title).toBeNull();
    expect(p.custom).toEqual([]);
    expect(readDocumentProperties(DocxPackage.open(buildDocx("= Titel"), "y.docx")).core.created).toBeNull();
  });

  it("finds parts stored under other names through the package relationships, never an external target", () => {
    const files = unzipSync(buildDocx("= Titel"));
    delete files["docProps/core.xml"];
    delete files["docProps/custom.xml"];
    files["_rels/.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="https://example.org/core.xml" TargetMode="External"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/meta/kärna.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="meta/egna.xml"/>
</Relationships>`);
    files["meta/kärna.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Färdtjänst &amp; sjukresor <![CDATA[2026]]></dc:title><dc:creator>Anna   Berg</dc:creator><dcterms:created>2026-02-01T08:00:00Z</dcterms:created><dc:subject><x:b xmlns:x="urn:x">in</x:b>ner</dc:subject></cp:coreProperties>`);
    files["meta/egna.xml"] = strToU8(CUSTOM);
    const p = readDocumentProperties(DocxPackage.open(zipSync(files), "z.docx"));
    expect(p.core).toMatchObject({ title: "Färdtjänst & sjukresor 2026", creator: "Anna Berg", created: "2026-02-01T08:00:00Z", subject: "inner" });
    expect(p.custom.map((c) => c.name)).toEqual(["Diarienummer", "Nämnd", "Sammanträdesdatum", "Belopp", "Sekretess"]);
  });
});

describe("the guidance stamp in a saved .docx", () => {
  it("uses the key the pane writes", () => {
    expect(STAMP_SETTING).toBe(STAMP_KEY);
  });

  it("reads the stamp Word saves in the web extension part", () => {
    const value = JSON.stringify({ id: "region-x", version: "2.1.0", checkedAt: "2026-10-01T08:00:00Z" }).replace(/"/g, "&quot;");
    const pkg = withParts(buildDocx("= Titel"), {
      "word/webextensions/webextension1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="${STAMP_SETTING}" value="${value}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`,
    });
    expect(readStamp(pkg)).toEqual({ id: "region-x", version: "2.1.0", checkedAt: "2026-10-01T08:00:00Z" });
  });

  it("reads the stamp the pane wrote through the in-memory Word and saved", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.3");
    expect(readStamp(DocxPackage.open(host.save(), "a.docx"))).toBeNull();
    await writeStamp({ id: "jamkoll-default", version: "1.0.0", checkedAt: "2026-11-24T10:00:00.000Z" });
    const pkg = DocxPackage.open(host.save(), "b.docx");
    expect(readStamp(pkg)).toEqual({ id: "jamkoll-default", version: "1.0.0", checkedAt: "2026-11-24T10:00:00.000Z" });
    expect(readDocumentProperties(pkg).custom).toEqual([]);
  });
});
