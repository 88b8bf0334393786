// What the pane learns from Office at start: is this Word with WordApi 1.3, which UI language,
// light or dark theme. Plain TypeScript: the views never touch Office.js.
import { languageFrom, type Language } from "../i18n";

export type HostProblem = "not-word" | "api-too-old";

export interface PaneEnvironment {
  problem: HostProblem | null;
  language: Language;
  dark: boolean;
}

/** Relative luminance of a #rrggbb colour, 0 (black) … 1 (white). */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function readEnvironment(info: { host: Office.HostType | null }, office: typeof Office): PaneEnvironment {
  const context = office.context;
  const language = languageFrom(context?.displayLanguage);
  const lum = luminance(context?.officeTheme?.bodyBackgroundColor);
  const dark = lum !== null && lum < 0.4;
  let problem: HostProblem | null = null;
  if (info.host !== office.HostType.Word) problem = "not-word";
  else if (!context.requirements.isSetSupported("WordApi", "1.3")) problem = "api-too-old";
  return { problem, language, dark };
}
