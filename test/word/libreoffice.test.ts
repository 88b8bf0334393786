// An inserted section, saved to .docx by the Word host, opens in LibreOffice and is in its PDF.
import { defaultPack } from "../../src/guidance/default-pack";
import { convert, hasLibreOffice, pdfText } from "../helpers/libreoffice";
import { describeWithTool } from "../helpers/system-tool";
import { openInWord } from "../helpers/word";

describeWithTool("LibreOffice (soffice) and pdftotext", hasLibreOffice(), "a saved insertion in LibreOffice", () => {
  it("shows the inserted heading and template text in the PDF", async () => {
    const { host, gateway } = openInWord("dev-02-fardtjanst.docx", "1.3");
    await gateway.insertSection(defaultPack(), "equality");
    const text = pdfText(convert(host.save(), "pdf", "fardtjanst"));
    expect(text).toContain("Jämställdhet");
    expect(text).toContain("[Beskriv vilka som berörs av förslaget");
    expect(text).toContain("Resurser och finansiering");
    expect(text.indexOf("Resurser och finansiering")).toBeLessThan(text.indexOf("Jämställdhet"));
  }, 180000);
});
