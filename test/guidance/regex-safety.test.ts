// The cheap structural check that runs wherever a pack is loaded (pane, CLI, demo): it must
// catch the known catastrophic shapes and pass every pattern of the built-in pack.
import { defaultPack } from "../../src/guidance/default-pack";
import { packPatterns } from "../../src/guidance/pack-patterns";
import { isSafeRegex, regexRisk } from "../../src/guidance/regex-safety";

describe("the structural regex check", () => {
  it.each([
    ["nested repetition", "(a+)+$"],
    ["nested repetition with an optional separator", "(\\w+\\s?)+$"],
    ["overlapping alternation under a star", "(a|a)*$"],
    ["overlapping character classes under a repetition", "(?:[\\p{L} ]|[a-z ])+\\d"],
    ["a word gap repeated without bound", "kvinn(?:(?: \\p{L}+){0,3})+x"],
    ["a word gap whose words need no separator", "kvinn(?:\\p{L}+){0,3}x"],
    ["three overlapping repetitions in a row (cubic)", "[a-z]*[a-z]*[a-z]*x"],
    ["three overlapping repetitions with optional glue", "\\s*,?\\s*-?\\s*x"],
    ["a large bounded repetition of a repetition", "(?:a\\p{L}*){0,50}x"],
    ["bounded repetitions nested (11^10 ways)", "[^.]*(?:[^.]{0,10}){0,10}@"],
    ["bounded repetitions in a row over the same characters", "[^.]{0,40}[^.]{0,40}[^.]{0,40}@"],
  ])("refuses %s: %s", (_what, source) => {
    expect(isSafeRegex(source)).toBe(false);
    expect(regexRisk(source)).toMatch(/\S/);
  });

  it.each([
    "\\bkvinn\\p{L}*",
    "\\b(?:ska|bör)(?: \\p{L}+){0,3} (?:redovisa|följa)\\p{L}*",
    "\\bkommer att (?:\\p{L}+ ){0,2}(?:redovisa|följa)",
    "^\\s*(?:nej|saknas)\\s*\\.?\\s*$",
    "\\d[\\d ,.]*(?:%|procent\\b)",
    "[^.]{0,40}\\d",
  ])("accepts the house style: %s", (source) => {
    expect(regexRisk(source)).toBeNull();
  });

  it("accepts every pattern of the built-in pack", () => {
    const risky = packPatterns(defaultPack()).filter((p) => !isSafeRegex(p.source));
    expect(risky).toEqual([]);
  });

  it("lists every pattern of a pack with the path of its field", () => {
    const paths = packPatterns(defaultPack()).map((p) => p.path);
    expect(paths).toContain("criteria[0].patterns[0]");
    expect(paths).toContain("sections[0].headingTerms[0]");
    expect(paths.some((p) => p.startsWith("lexicon."))).toBe(true);
    expect(paths.some((p) => /^criteria\[\d+\]\.cues\[\d+\]$/.test(p))).toBe(true);
    expect(paths.some((p) => /\.near\[1\]$/.test(p))).toBe(true);
  });
});
