// Text a Word document can hold. XML 1.0 allows tab, line feed and carriage return among the
// control characters and never U+FFFE or U+FFFF: a pack or a comment carrying any other would be
// inserted into the document and make the saved file one Word refuses to open.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "g");

export const codePoint = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The text without the characters XML 1.0 cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_ALL, "");
}

export interface ForbiddenText {
  path: PropertyKey[];
  /** The first such character, as U+XXXX. */
  codePoint: string;
}

/** Every string in a value (a parsed pack) that holds such a character, with its path. */
export function forbiddenText(value: unknown, path: PropertyKey[] = []): ForbiddenText[] {
  if (typeof value === "string") {
    const m = FORBIDDEN.exec(value);
    return m ? [{ path, codePoint: codePoint(m[0]) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => forbiddenText(v, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => forbiddenText(v, [...path, k]));
  return [];
}
