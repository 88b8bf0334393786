// What is wrong with a guidance pack, as data: a code from the validation catalogue (i18n/) and
// its arguments. Validation stays free of words; the admin view and the command line say the
// problem in their reader's language, so the pane carries the catalogue only where it shows it.
import type { PackStrings } from "./i18n/sv";

/** Every entry of the catalogue that describes a problem (the type names and schema keys are its helpers). */
type Said = Omit<PackStrings, "types" | "field">;
type ArgsOf<K extends keyof Said> = Said[K] extends (...args: infer A) => string ? A : [];

export type PackProblem = { [K in keyof Said]: { code: K; args: ArgsOf<K> } }[keyof Said] | { code: "field"; args: [key: string] };

export function problem<K extends keyof Said>(code: K, ...args: ArgsOf<K>): PackProblem {
  return { code, args } as PackProblem;
}

/** A check the schema names by a key of the catalogue's `field` (schema.ts). */
export const fieldProblem = (key: string): PackProblem => ({ code: "field", args: [key] });

/** The problem in the catalogue's words. */
export function problemText(p: PackProblem, t: PackStrings): string {
  if (p.code === "field") return Object.hasOwn(t.field, p.args[0]) ? t.field[p.args[0]] : p.args[0];
  const said = t[p.code] as string | ((...args: unknown[]) => string);
  return typeof said === "function" ? said(...p.args) : said;
}
