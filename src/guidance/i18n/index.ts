// The guidance pack's validation messages, one catalogue per language (the shared mechanism in src/i18n).
import type { Language } from "../../i18n/language";
import { problemText, type PackProblem } from "../problems";
import { en } from "./en";
import { sv, type PackStrings } from "./sv";

export type { PackStrings };
export const packStrings: Record<Language, PackStrings> = { sv, en };

/** A pack problem in words, in the reader's language. */
export const sayPackProblem = (p: PackProblem, language: Language): string => problemText(p, packStrings[language]);
