// The pane's strings: one dictionary per language, chosen from Word's UI language. Swedish, the
// language of nearly every pane, is in the bundle; English is a chunk fetched before an English
// pane first renders (loadStrings), and a pane whose English cannot be fetched speaks Swedish.
import { createContext, useContext, type FC, type ReactNode } from "react";
import { sv, type Strings } from "./sv";
import { languageFrom, type Language } from "../../i18n/language";

// The mechanism (languages, choosing one) is shared with the CLI and the report: src/i18n.
export { languageFrom, type Language };
export type { Strings };

const dictionaries: Partial<Record<Language, Strings>> = { sv };

/** Makes the language's strings ready; the language the pane can speak (Swedish when English cannot be fetched). */
export async function loadStrings(language: Language): Promise<Language> {
  if (dictionaries[language]) return language;
  try {
    dictionaries.en = (await import(/* webpackChunkName: "jamkoll-en" */ "./en")).en;
    return language;
  } catch {
    return "sv";
  }
}

const LanguageContext = createContext<Language>("sv");

export const I18nProvider: FC<{ language: Language; children: ReactNode }> = ({ language, children }) => (
  <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
);

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return dictionaries[useContext(LanguageContext)] ?? sv;
}
