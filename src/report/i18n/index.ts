// The report's catalogues, chosen with the shared mechanism (src/i18n).
import type { Language } from "../../i18n/language";
import { en } from "./en";
import { sv, type ReportStrings } from "./sv";

export type { ReportStrings };
export const reportStrings: Record<Language, ReportStrings> = { sv, en };
