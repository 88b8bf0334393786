// The command line's catalogues, chosen with the same mechanism as the pane (src/i18n). One
// command runs per process: run() sets its language once, and the commands ask for the strings.
import type { Language } from "../../i18n/language";
import { en } from "./en";
import { sv, type CliStrings } from "./sv";

export type { CliStrings };
export const cliStrings: Record<Language, CliStrings> = { sv, en };

let current: Language = "sv";

export function setCliLanguage(language: Language): void {
  current = language;
}

export function cliLanguageNow(): Language {
  return current;
}

/** The strings of the language the running command speaks. */
export function cliText(): CliStrings {
  return cliStrings[current];
}
