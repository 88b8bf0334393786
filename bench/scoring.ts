// Scores the analyser's judgements against labels the way held-out sets are scored: status
// accuracy, a confusion matrix, precision/recall/F1 per criterion and every error.
import { STATUSES } from "../src/analysis/report";

export interface Judged {
  file: string;
  status: string;
  criteria: string[];
}

export interface Scores {
  n: number;
  correct: number;
  /** confusion[labelled][judged] */
  confusion: Record<string, Record<string, number>>;
  perCriterion: Record<string, { tp: number; fp: number; fn: number }>;
  f1: number;
  falseAdequate: number;
  errors: string[];
}

const NO_ANALYSIS = new Set(["missing", "empty", "template", "dismissed", "justified"]);

export function score(labels: readonly Judged[], judged: ReadonlyMap<string, Judged>, criteriaIds: readonly string[]): Scores {
  const confusion: Scores["confusion"] = {};
  const perCriterion: Scores["perCriterion"] = Object.fromEntries(criteriaIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  let correct = 0;
  let falseAdequate = 0;
  for (const want of labels) {
    const got = judged.get(want.file) ?? { file: want.file, status: "(no result)", criteria: [] };
    (confusion[want.status] ??= {})[got.status] = (confusion[want.status][got.status] ?? 0) + 1;
    if (got.status === want.status) correct++;
    else errors.push(`${want.file}: judged ${got.status}, labelled ${want.status}`);
    if (got.status === "adequate" && NO_ANALYSIS.has(want.status)) falseAdequate++;
    for (const id of criteriaIds) {
      const w = want.criteria.includes(id);
      const g = got.criteria.includes(id);
      const c = perCriterion[id];
      if (w && g) c.tp++;
      else if (g) {
        c.fp++;
        errors.push(`${want.file}: +${id}`);
      } else if (w) {
        c.fn++;
        errors.push(`${want.file}: -${id}`);
      }
    }
  }
  const sum = Object.values(perCriterion).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const f1 = sum.tp ? (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn) : sum.fp + sum.fn ? 0 : 1;
  return { n: labels.length, correct, confusion, perCriterion, f1, falseAdequate, errors };
}

const pct = (a: number, b: number): string => (b ? `${Math.round((100 * a) / b)} %` : "–");
const ratio = (x: number): string => x.toFixed(2);

export function formatScores(name: string, s: Scores): string {
  const lines = [`# ${name}`, `status ${s.correct}/${s.n} (${pct(s.correct, s.n)}), criteria F1 ${ratio(s.f1)}, false adequate ${s.falseAdequate}`, ""];
  const statuses = STATUSES.filter((st) => s.confusion[st] || Object.values(s.confusion).some((row) => row[st]));
  lines.push(`${"labelled \\ judged".padEnd(18)}${statuses.map((st) => st.padStart(10)).join("")}`);
  for (const want of statuses) lines.push(`${want.padEnd(18)}${statuses.map((got) => String(s.confusion[want]?.[got] ?? "").padStart(10)).join("")}`);
  lines.push("", `${"criterion".padEnd(24)}${"precision".padStart(10)}${"recall".padStart(10)}${"F1".padStart(8)}   tp fp fn`);
  for (const [id, c] of Object.entries(s.perCriterion)) {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    lines.push(`${id.padEnd(24)}${ratio(p).padStart(10)}${ratio(r).padStart(10)}${ratio(f).padStart(8)}   ${c.tp} ${c.fp} ${c.fn}`);
  }
  lines.push("", s.errors.length ? "errors:" : "no errors", ...s.errors.map((e) => `  ${e}`));
  return lines.join("\n");
}
