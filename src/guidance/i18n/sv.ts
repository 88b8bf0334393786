// What a guidance pack's validation says, in Swedish (the default): the words a template
// administrator reads in the pane's Vägledning tab and from `jamkoll guidance validate`.
// English in en.ts; the language is chosen with the shared mechanism in src/i18n.
import type { Catalogue } from "../../i18n/language";

export const sv = {
  /** What the schema asks of a field, by the key the schema names it with (schema.ts). */
  field: {
    empty: "får inte vara tom",
    id: "får bara innehålla små bokstäver a–z, siffror och bindestreck och börja med en bokstav eller siffra",
    url: "ska vara en webbadress (https://…)",
    version: "ska vara ett versionsnummer som 1.4.0",
    date: "ska vara ett datum som 2026-11-24T09:00:00Z",
    "need-cue": "behöver minst ett signalord (cue)",
    "need-heading-term": "behöver minst ett rubrikord",
    "need-paragraph": "behöver minst ett stycke",
    "need-criterion": "behöver minst ett kriterium",
    "need-section": "behöver minst ett avsnitt",
  } as Record<string, string>,
  /** Shapes the schema checks without a message of its own (zod's issue codes). */
  missing: "saknas",
  wrongType: (expected: string) => `ska vara ${sv.types[expected] ?? expected}`,
  types: { string: "text", number: "ett tal", int: "ett heltal", boolean: "sant eller falskt", array: "en lista", object: "ett objekt", tuple: "en lista" } as Record<string, string>,
  oneOf: (values: string) => `ska vara ett av: ${values}`,
  tooShortText: (min: number) => `ska vara minst ${min} tecken`,
  tooLongText: (max: number) => `är längre än ${max} tecken`,
  tooFewItems: (min: number) => `ska ha minst ${min}`,
  tooManyItems: (max: number) => `får ha högst ${max}`,
  tooSmall: (min: number) => `ska vara minst ${min}`,
  tooLarge: (max: number) => `får vara högst ${max}`,
  pattern: "ska vara ett mönster (text) eller { near: [mönster, mönster], within: antal ord }",
  unknownKeys: (keys: string) => `okänt fält: ${keys}`,
  invalid: "har fel form",
  /** What the validator checks beyond the shape (validate.ts). */
  fileTooLarge: (kb: number, max: number) => `är ${kb} kB; en vägledning får vara högst ${max} kB`,
  notJson: (detail: string) => `är inte giltig JSON: ${detail}`,
  notRegex: (detail: string) => `är inte ett giltigt reguljärt uttryck: ${detail}`,
  catastrophic: "kan ta orimligt lång tid på viss text (nästlad eller överlappande upprepning); skriv om det utan nästlade kvantifierare",
  duplicateId: (id: string, first: string) => `upprepar id:t "${id}" från ${first}`,
  unknownCriterion: (id: string) => `nämner kriteriet "${id}", som inte finns`,
  notLexicon: (name: string) => `nämner "${name}", som inte är en ordlista i lexicon`,
  needsPatternOrCue: "behöver minst ett mönster eller signalord",
  requiresWithoutCues: "har inga signalord att gå med: den används aldrig",
  atLeastTooMany: (count: number, of: number) => `kräver ${count} av bara ${of} kriterier`,
  templateTextEmpty: "är tom: infogad malltext känns inte igen som mall",
  noQuestion: (id: string) => `har ingen fråga för kriteriet "${id}"`,
  controlCharacter: (codePoint: string) => `innehåller styrtecknet ${codePoint}, som ett Word-dokument inte kan innehålla; ta bort det`,
  /** recheck's full analysis (command line only). */
  exponential: (summary: string) => `tar exponentiell tid på viss text (recheck: ${summary}); skriv om det utan nästlad eller överlappande upprepning`,
  polynomial: (degree: number, summary: string) => `tar polynomisk tid av grad ${degree} på viss text (recheck: ${summary}); undvik flera upprepningar över samma tecken i rad`,
  unproven: (seconds: number, kind: string) =>
    `kunde inte visas vara säkert inom ${seconds} s (${kind}); panelens tidsgräns skyddar ändå, men ett enklare mönster är bättre`,
};

export type PackStrings = Catalogue<typeof sv>;
