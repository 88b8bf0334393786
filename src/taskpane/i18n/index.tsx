// The pane's strings: one dictionary per language, chosen from Word's UI language.
import { createContext, useContext, type FC, type ReactNode } from "react";
import { en } from "./en";
import { sv, type Strings } from "./sv";
import { languageFrom, type Language } from "../../i18n/language";

// The mechanism (languages, choosing one) is shared with the CLI and the report: src/i18n.
export { languageFrom, type Language };
export type { Strings };

export const dictionaries: Record<Language, Strings> = { sv, en };

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
