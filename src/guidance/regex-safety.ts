// Whether a pack pattern could take catastrophic time: safe-regex's star-height check.
import safeRegex from "safe-regex";

// A bounded gap of whole words, "(?: \p{L}+){0,3}", cannot backtrack catastrophically (each
// repetition must start at a space), though safe-regex counts it as nested repetition.
const WORD_GAP = /\(\?:(?: \\p\{L\}\+|\\p\{L\}\+ )\)(?:\?|\{\d+(?:,\d+)?\})/g;

/** safe-regex's star-height check, with bounded word gaps read as one word. */
export const isSafeRegex = (source: string): boolean => {
  const simplified = source.replace(WORD_GAP, "\\p{L}");
  try {
    return safeRegex(new RegExp(simplified, "u"));
  } catch {
    return safeRegex(simplified);
  }
};
