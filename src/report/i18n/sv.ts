// The report's words in Swedish, the default. Status words are shared with the pane (src/i18n/status).
import { STATUS_WORDS } from "../../i18n/status";
import type { Catalogue } from "../../i18n/language";

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const sv = {
  locale: "sv-SE",
  title: "Uppföljning av jämställdhetsanalyser",
  status: STATUS_WORDS.sv,
  headline: (total: number, adequate: string) =>
    `Av ${n(total, "ärende", "ärenden")} hade ${adequate} en jämställdhetsanalys som uppfyller riktlinjerna.`,
  headlineRest: (weak: string, none: string, justified: string) =>
    `Hos ${weak} hade analysen brister, ${none} saknade en analys (avsnittet saknas, är tomt, har bara malltext eller avfärdar frågan utan motivering) och ${justified} motiverade varför ärendet inte påverkar jämställdheten.`,
  nothingRead: "Inga ärenden kunde läsas.",
  scope: (total: number, groups: number, by: string) => `${n(total, "ärende", "ärenden")} i ${n(groups, "grupp", "grupper")}, grupperade per ${by}.`,
  period: (from: string, to: string) => `Skapade från ${from} till ${to}.`,
  filter: (since: string | null, until: string | null) =>
    `Urval: ärenden skapade ${since ? `från och med ${since}` : ""}${since && until ? " " : ""}${until ? `till och med ${until}` : ""}.`,
  groupBy: { folder: "mapp", month: "månad", property: (name: string) => `egenskapen ”${name}”` },
  statusByGroup: "Status per grupp",
  statusByMonth: "Status per månad",
  criteriaCoverage: "Kriterier som uppfylls",
  criteriaBase: (analysed: number) =>
    `Bland ${n(analysed, "ärende", "ärenden")} vars avsnitt innehåller en analys (brister eller godtagbart).`,
  noAnalysed: "Inget avsnitt innehåller en analys att bedöma kriterier i.",
  allProposals: "Alla ärenden",
  unreadable: "Filer som inte kunde läsas",
  chartNote: "Diagram; siffrorna står i tabellen under.",
  legend: "Förklaring",
  group: "Grupp",
  month: "Månad",
  total: "Totalt",
  shareAdequate: "Andel godtagbart",
  criterion: "Kriterium",
  met: "Uppfyllt",
  share: "Andel",
  date: "Datum",
  proposal: "Ärende",
  file: "Fil",
  statusHeader: "Status",
  openComments: "Öppna kommentarer",
  stamp: "Vägledning i dokumentet",
  reason: "Orsak",
  evidence: "Belägg",
  criterionMet: "uppfyllt",
  criterionNotMet: "saknas",
  noValue: "(inget värde)",
  rootFolder: "(huvudmappen)",
  noDate: "(inget datum)",
  untitled: "(utan titel)",
  criteriaKey: "Kriterierna i tabellen",
  generated: (when: string, version: string) => `Skapad ${when} med Jämkoll ${version}.`,
  guidance: (name: string, id: string, version: string) => `Vägledning: ${name} (${id}, version ${version}).`,
  otherStamps: (count: number) =>
    `${n(count, "ärende", "ärenden")} granskades senast i Word med en annan version av vägledningen än den här rapporten använder.`,
  skipped: (locks: number, other: number) => `Hoppade över ${n(locks, "låsfil", "låsfiler")} (~$) och ${n(other, "fil", "filer")} som inte är .docx.`,
  undated: (count: number) => `${n(count, "ärende", "ärenden")} saknar datum och ingår inte i tabellen per månad.`,
  csv: {
    file: "Fil",
    folder: "Mapp",
    title: "Titel",
    created: "Skapad",
    modified: "Ändrad",
    author: "Författare",
    status: "Status",
    statusId: "Statuskod",
    heading: "Rubrik",
    criteriaMet: "Uppfyllda kriterier",
    criteriaShare: "Andel uppfyllda kriterier",
    open: "Öppna kommentarer",
    answered: "Besvarade kommentarer",
    resolved: "Lösta kommentarer",
    stamp: "Vägledning i dokumentet",
    evidence: (label: string) => `Belägg: ${label}`,
    yes: "ja",
    no: "nej",
  },
};

export type ReportStrings = Catalogue<typeof sv>;
