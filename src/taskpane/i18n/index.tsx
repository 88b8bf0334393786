// The pane's strings: one dictionary per language, chosen from Word's UI language.
import { createContext, useContext, type FC, type ReactNode } from "react";
import { en } from "./en";
import { sv, type Strings } from "./sv";

export type Language = "sv" | "en";
export type { Strings };

export const dictionaries: Record<Language, Strings> = { sv, en };

/** English when Word's UI is English; Swedish otherwise, and when the language cannot be read. */
export function languageFrom(displayLanguage: string | undefined | null): Language {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "sv";
}

const LanguageContext = createContext<Language>("sv");

export const I18nProvider: FC<{ language: Language; children: ReactNode }> = ({ language, children }) => (
  <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
);

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return dictionaries[useContext(LanguageContext)];
}
