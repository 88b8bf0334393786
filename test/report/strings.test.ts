// The report and the pane use the same words for a status, and every catalogue has every key.
import { en as paneEn } from "../../src/taskpane/i18n/en";
import { sv as paneSv } from "../../src/taskpane/i18n/sv";
import { reportStrings } from "../../src/report/i18n";
import { cliStrings } from "../../src/cli/i18n";
import { languageFrom, languageFromEnv } from "../../src/i18n/language";
import { csvField, neutralise } from "../../src/report/csv";
import { escapeHtml } from "../../src/report/escape";

const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();

describe("catalogues", () => {
  it("report status words are the pane's", () => {
    expect(reportStrings.sv.status).toEqual(paneSv.status);
    expect(reportStrings.en.status).toEqual(paneEn.status);
  });

  it("English has every Swedish key", () => {
    expect(keys(reportStrings.en)).toEqual(keys(reportStrings.sv));
    expect(keys(cliStrings.en)).toEqual(keys(cliStrings.sv));
  });

  it("chooses English for English tags and environments, Swedish otherwise", () => {
    expect(languageFrom("en-GB")).toBe("en");
    expect(languageFrom("en_US.UTF-8")).toBe("en");
    expect(languageFrom("sv-SE")).toBe("sv");
    expect(languageFrom("C.UTF-8")).toBe("sv");
    expect(languageFrom(undefined)).toBe("sv");
    expect(languageFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(languageFromEnv({ LANG: "en_US.UTF-8", LC_ALL: "sv_SE.UTF-8" })).toBe("sv");
    expect(languageFromEnv({ LANG: "sv_SE.UTF-8", LC_ALL: "en_GB.UTF-8" })).toBe("en");
  });
});

describe("escaping", () => {
  it("neutralises formulas and quotes what needs it", () => {
    for (const s of ["=1+1", "+46", "-2", "@SUM(A1)", "\t=1"]) expect(neutralise(s).startsWith("'")).toBe(true);
    expect(neutralise("Regionstyrelsen")).toBe("Regionstyrelsen");
    expect(csvField('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvField("rad\r\nrad")).toBe('"rad\r\nrad"');
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;");
  });
});
