// What the command line says, in Swedish (the default). English in en.ts; chosen with the shared
// mechanism in src/i18n (--lang, else LC_ALL / LANG).
import type { Catalogue } from "../../i18n/language";

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const sv = {
  help: {
    description: "Granskar jämställdhetsanalysen i tjänsteskrivelser (.docx).",
    titles: { "Usage:": "Användning:", "Arguments:": "Argument:", "Options:": "Alternativ:", "Commands:": "Kommandon:", "Global Options:": "Globala alternativ:" } as Record<string, string>,
    usageOptions: "[alternativ]",
    usageCommand: "[kommando]",
    help: "visa hjälp för kommandot",
    helpCommand: "visa hjälp för ett kommando",
    version: "visa versionsnumret",
    lang: "språk: sv eller en (standard sv, eller en när LANG / LC_ALL är engelska)",
    files: ".docx-filer",
    json: "skriv ut JSON",
    guidanceOption: "vägledning att använda: en .json-fil eller en https-adress (standard: den inbyggda)",
    outline: "skriv ut varje fils rubriker (nivå och text) och antal stycken",
    check: "granska avsnittet om jämställdhet i varje fil",
    checkJson: "skriv ut en JSON-lista med ett objekt per fil",
    failOn: "avsluta med kod 1 om någon fils avsnitt har den här statusen eller sämre (missing … adequate)",
    review: "lista alla granskningskommentarer (även de utan post eller utan plats i texten)",
    report: "uppföljningsrapport över många ärenden: HTML (standard), CSV och/eller JSON",
    paths: ".docx-filer och mappar (söks igenom med undermappar)",
    out: (file: string) => `html-rapporten (standard ${file} när varken --csv eller --json anges)`,
    csv: "skriv också en CSV-fil för Excel",
    reportJson: "skriv ut posterna som JSON",
    groupBy: "folder (mapp, standard), month (månad) eller property:NAMN (dokumentegenskap)",
    since: "bara ärenden skapade den dagen eller senare (2026-01-01, 2026-01 eller 2026)",
    until: "bara ärenden skapade den dagen eller tidigare",
    guidance: "för mallansvariga: exportera, validera, publicera och jämför vägledningar",
    export: "skriv ut den inbyggda vägledningen (en utgångspunkt att redigera)",
    validate: "kontrollera en vägledning; varje fel namnger fältet; kod 1 om den är ogiltig",
    publish: "validera och publicera en vägledning som MAPP/<version>.json och MAPP/latest.json",
    publishOut: "mappen som panelerna hämtar från (t.ex. tilläggets guidance/-mapp)",
    diff: "vad som har ändrats mellan två vägledningar",
    pack: "vägledning (.json)",
    oldPack: "äldre vägledning (.json)",
    newPack: "nyare vägledning (.json)",
  },
  /** Commander's own messages, by their English form. */
  commander: [
    [/^error: missing required argument '(.+)'/, "fel: argumentet '$1' saknas"],
    [/^error: unknown option '(.+?)'(.*)/, "fel: okänt alternativ '$1'"],
    [/^error: unknown command '(.+?)'(.*)/, "fel: okänt kommando '$1'"],
    [/^error: option '(.+)' argument missing/, "fel: alternativet '$1' saknar värde"],
    [/^error: required option '(.+)' not specified/, "fel: alternativet '$1' måste anges"],
    [/^error: too many arguments(.*)/, "fel: för många argument$1"],
  ] as [RegExp, string][],
  badLang: "--lang ska vara sv eller en.",
  docxError: {
    "not-found": "filen finns inte.",
    unreadable: "filen kan inte läsas.",
    "not-zip": "är inte ett Word-dokument (.docx).",
    "not-word": "är ett zip-arkiv men inte ett Word-dokument (word/document.xml saknas).",
    damaged: "Word-dokumentet är skadat.",
    "too-large": "blir för stort när det packas upp och läses inte (kan vara en zip-bomb).",
    "too-deep": "har XML som är för djupt nästlad och läses inte.",
    encrypted: "är lösenordsskyddat (krypterat) eller i det äldre .doc-formatet. Spara det som .docx utan lösenord.",
  } as Record<string, string>,
  cannotRead: (file: string, why: string) => `${file}: kunde inte läsas (${why}).`,
  check: {
    badFailOn: (v: string) => `--fail-on ska vara en av missing, empty, template, dismissed, justified, weak, adequate (fick ”${v}”).`,
    heading: (h: string) => ` — rubrik ”${h}”`,
    where: (block: number, quote: string) => `stycke ${block}: ”${quote}”`,
    comments: (o: number, a: number, r: number) =>
      `  kommentarer: ${o} ${o === 1 ? "öppen" : "öppna"}, ${a} ${a === 1 ? "besvarad" : "besvarade"}, ${r} ${r === 1 ? "löst" : "lösta"}`,
    severity: { error: "måste åtgärdas", warning: "bör åtgärdas", info: "att överväga" } as Record<string, string>,
    mentions: (count: number, example: string) =>
      `  obs: kvinnor och män nämns på andra ställen i förslaget (${n(count, "ställe", "ställen")}), t.ex. ”${example}”`,
  },
  outline: {
    boldLine: "(fet rad)",
    control: (name: string) => `[innehållskontroll ${name}]`,
    counts: (blocks: number, title: number, headings: number, paragraphs: number, items: number, cells: number) =>
      `${n(blocks, "stycke", "stycken")}: ${title} titel, ${n(headings, "rubrik", "rubriker")}, ${n(paragraphs, "brödtextstycke", "brödtextstycken")}, ` +
      `${n(items, "punkt", "punkter")} i listor, ${n(cells, "stycke", "stycken")} i tabellceller`,
  },
  review: {
    summary: (file: string, count: number, o: number, a: number, r: number) =>
      `${file}: ${n(count, "kommentar", "kommentarer")} (${o} ${o === 1 ? "öppen" : "öppna"}, ${a} ${a === 1 ? "besvarad" : "besvarade"}, ${r} ${r === 1 ? "löst" : "lösta"})`,
    status: { open: "öppen", answered: "besvarad", resolved: "löst" } as Record<string, string>,
    on: (criterion: string) => ` om ${criterion}`,
    anchoring: { orphaned: "posten saknas, visas utifrån texten", detached: "fristående, platsen i texten har försvunnit" } as Record<string, string>,
    duplicate: "dubblett",
    locked: "i en skadad del, bevaras som den är",
    disagrees: (fields: string) => `posten och den synliga texten skiljer sig åt i ${fields}`,
    claimed: (status: string) => `texten anger ${status}, men ingen post styrker det`,
    bidi: "namnet hade tecken för textriktning, som togs bort",
    problem: "problem",
  },
  pack: {
    noSuchFile: (source: string) => `${source}: filen finns inte`,
    cannotRead: (source: string, why: string) => `${source}: kan inte läsas (${why})`,
    server: (source: string, status: string) => `${source}: servern svarade ${status}`,
    notHttps: (url: string) => `${url}: vägledning hämtas bara över https (vanlig http bara från den här datorn)`,
    redirected: (url: string, to: string) => `${url}: skickades vidare till ${to}, som inte är https`,
    timedOut: (url: string, seconds: number) => `${url}: inget fullständigt svar inom ${seconds} s`,
    tooLarge: (url: string, kb: number) => `${url}: svaret är större än ${kb} kB, det mesta en vägledning får vara`,
    cannotFetch: (url: string, why: string) => `${url}: kan inte hämtas (${why})`,
    invalid: (source: string) => `${source}: vägledningen är ogiltig:`,
    warning: (source: string, path: string, message: string) => `${source}: varning: ${path}: ${message}`,
    valid: (file: string, id: string, version: string, criteria: number, sections: number, questions: number) =>
      `${file}: giltig vägledning ${id} version ${version} (${n(criteria, "kriterium", "kriterier")}, ${n(sections, "avsnitt", "avsnitt")}, ${n(questions, "fråga", "frågor")}).`,
    latestUnreadable: (path: string, why: string) => `${path} kan inte läsas: ${why}`,
    latestInvalid: (path: string) => `${path} är inte en giltig vägledning, så versionen kan inte kontrolleras. Rätta eller ta bort den först.`,
    otherId: (dir: string, published: string, file: string, id: string) => `${dir} publicerar vägledningen ”${published}”; ${file} är ”${id}”. Publicera den i en egen mapp.`,
    notGreater: (version: string, published: string, file: string) => `version ${version} är inte högre än den publicerade versionen ${published}. Höj ”version” i ${file}.`,
    cannotPublish: (dir: string, why: string) => `kunde inte publicera till ${dir}: ${why}`,
    published: (id: string, version: string, file: string, latest: string) => `Publicerade ${id} version ${version} till ${file} och ${latest}.`,
    changesSince: (version: string) => `Ändringar sedan ${version}:`,
    first: "Första versionen i den här mappen.",
  },
  report: {
    noFiles: "Hittade inga .docx-filer att läsa.",
    nothingRead: "Inget ärende kunde läsas, så rapporten säger ingenting. Se orsakerna ovan.",
    badGroupBy: (v: string) => `--group-by ska vara folder, month eller property:NAMN (fick ”${v}”).`,
    badDate: (opt: string, v: string) => `${opt} ska vara ett datum som 2026-03-01, en månad som 2026-03 eller ett år (fick ”${v}”).`,
    progress: (done: number, total: number) => `Läser ${done} av ${total} filer …`,
    written: (file: string) => `Rapporten är sparad i ${file}.`,
    csvWritten: (file: string) => `CSV-filen är sparad i ${file}.`,
    cannotWrite: (file: string, why: string) => `${file}: kan inte skrivas (${why}).`,
    unreadableCount: (count: number) => `${n(count, "fil", "filer")} kunde inte läsas och står ${count === 1 ? "listad" : "listade"} i rapporten.`,
  },
};

export type CliStrings = Catalogue<typeof sv>;
