// The pane's pages as written (src/taskpane/*.html templates and their static scripts): no inline
// script, a Content-Security-Policy on every page, a static message where old Office cannot run
// the pane. The built pages are checked in test/deploy/link-check.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { en } from "../../src/taskpane/i18n/en";
import { sv } from "../../src/taskpane/i18n/sv";

const dir = join(__dirname, "..", "..", "src", "taskpane");
const read = (name: string) => readFileSync(join(dir, name), "utf8");
const html = read("taskpane.html");
const pages = ["taskpane.html", "commands.html", "help.html"];

describe("the pane's pages", () => {
  it.each(pages)("%s has no inline script: every <script> has a src and no body", (page) => {
    const scripts = [...read(page).matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body.trim()).toBe("");
    }
    expect(read(page)).not.toMatch(/\son[a-z]+=/i);
  });

  it.each(pages)("%s carries the Content-Security-Policy as a meta element", (page) => {
    expect(read(page)).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin\.options\.jamkoll\.csp %>" \/>/);
  });

  it("taskpane.html loads Office.js (from the CDN or a local copy, as the build says), then the bundle, then the old-Office check", () => {
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs).toEqual(["<%= htmlWebpackPlugin.options.jamkoll.officeJs %>", "<%= js %>", "scripts/old-office.js"]);
  });

  it("shows a static message instead of the pane where old Office (Internet Explorer, EdgeHTML) cannot run it, naming Office 2021", () => {
    expect(html).toContain('id="jk-old"');
    expect(html).toContain("Jämkoll behöver en nyare Office");
    expect(html).toContain("Office 2021 eller senare");
    expect(html).toContain("Office 2021 or later");
    expect(html).not.toContain("2019");
    const check = read("scripts/old-office.js");
    expect(check).toMatch(/document\.documentMode/);
    expect(check).not.toMatch(/new Function|eval\(/);
    // ES5 only, so that Internet Explorer runs it.
    expect(check).not.toMatch(/=>|\blet\b|\bconst\b|`|\?\.|\?\?/);
  });

  it("the pane's own message for a Word too old says Office 2021 or later, in Swedish and English", () => {
    expect(sv.unsupportedApi).toContain("Office 2021 eller senare");
    expect(en.unsupportedApi).toContain("Office 2021 or later");
    expect(sv.unsupportedApi + en.unsupportedApi).not.toContain("2019");
  });
});
