// The command line's catalogues, chosen with the same mechanism as the pane (src/i18n).
import type { Language } from "../../i18n/language";
import { en } from "./en";
import { sv, type CliStrings } from "./sv";

export type { CliStrings };
export const cliStrings: Record<Language, CliStrings> = { sv, en };
