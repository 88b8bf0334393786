// The section statuses in the words officers see, the same in the pane, the report and the CLI.
import type { SectionStatus } from "../analysis/report";
import type { Language } from "./language";

export const STATUS_WORDS: Record<Language, Record<SectionStatus, string>> = {
  sv: {
    missing: "Saknas",
    empty: "Tomt",
    template: "Bara malltext",
    dismissed: "Avfärdat utan motivering",
    justified: "Motiverat undantag",
    weak: "Brister",
    adequate: "Godtagbart",
  },
  en: {
    missing: "Missing",
    empty: "Empty",
    template: "Template text only",
    dismissed: "Dismissed without reason",
    justified: "Justified exemption",
    weak: "Weak",
    adequate: "Adequate",
  },
};
