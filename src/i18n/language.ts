// The one i18n mechanism of the pane, the CLI and the report: a catalogue per language (a plain
// object of strings and small functions, Swedish first), chosen by a language tag. No React here,
// so the command line can use it too.
export type Language = "sv" | "en";

export const LANGUAGES: readonly Language[] = ["sv", "en"];

export function isLanguage(s: string): s is Language {
  return (LANGUAGES as readonly string[]).includes(s);
}

/** English when the tag is English (en, en-GB, en_US.UTF-8); Swedish otherwise, and when the language cannot be read. */
export function languageFrom(tag: string | undefined | null): Language {
  return tag && /^en(\b|_)/i.test(tag) ? "en" : "sv";
}

/** The language of a command line's environment: LC_ALL overrides LANG, as in POSIX. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  return languageFrom(env.LC_ALL || env.LANG);
}

/** A catalogue's type from its Swedish original: literals widened so other languages can differ. */
export type Catalogue<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : T extends RegExp
      ? RegExp
      : T extends readonly string[]
        ? string[]
        : { [K in keyof T]: Catalogue<T[K]> };
