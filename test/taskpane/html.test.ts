import { readFileSync } from "node:fs";
import { join } from "node:path";

const html = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");

describe("taskpane.html", () => {
  it("loads Office.js from Microsoft's CDN and nothing else from outside the add-in's origin", () => {
    const external = [...html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("shows a static message instead of loading the pane in Internet Explorer's webview", () => {
    expect(html).toContain('id="jk-old"');
    expect(html).toMatch(/document\.documentMode/);
    expect(html).toContain("Jämkoll behöver en nyare Office");
  });
});
