// The analyser's output: the shared vocabulary of DESIGN.md for the pane, the CLI and tests.
import type { LocalText } from "../guidance/schema";

export const STATUSES = ["missing", "empty", "template", "dismissed", "justified", "weak", "adequate"] as const;
export type SectionStatus = (typeof STATUSES)[number];

/** Worst first: `--fail-on weak` fails every status up to and including weak. */
export function statusRank(s: SectionStatus): number {
  return STATUSES.indexOf(s);
}

export function isStatus(s: string): s is SectionStatus {
  return (STATUSES as readonly string[]).includes(s);
}

/** How the section was recognised in the document. */
export type SectionForm = "heading" | "bold-line" | "control" | "lead-in" | "table-cell" | "title";

export interface Evidence {
  criterion: string;
  block: number;
  /** The words that matched. */
  text: string;
  /** Offsets in the block's text, when the match lies in one block. */
  start?: number;
  end?: number;
  /** The whole sentence (or table row) that met the criterion, so a reviewer can see why. */
  sentence: string;
}

/** The words in the document that set off a finding ("Ej aktuellt", "oavsett kön", a placeholder). */
export interface Trigger {
  block: number;
  text: string;
  /** Offsets in the block's text, when known. */
  start?: number;
  end?: number;
}

export interface BlockRange {
  start: number;
  end: number;
}

export interface SectionReport {
  id: string;
  status: SectionStatus;
  heading: string | null;
  headingBlock: number | null;
  form: SectionForm | null;
  /** The section's text blocks (after the heading), inclusive; null when missing or empty. */
  body: BlockRange | null;
  criteria: Record<string, boolean>;
  evidence: Evidence[];
}

export type Action =
  | { kind: "insert-section"; section: string }
  | { kind: "insert-questions"; section: string; criterion: string | null }
  | { kind: "go-to"; blocks: BlockRange };

export type Severity = "error" | "warning" | "info";

export interface Finding {
  id: string;
  section: string;
  kind: "status" | "criterion" | "gender-blind" | "template-left";
  severity: Severity;
  criterion: string | null;
  message: LocalText;
  why: LocalText;
  blocks: BlockRange | null;
  /** Where the finding comes from in the text, when words set it off. */
  triggers?: Trigger[];
  actions: Action[];
}

export interface Report {
  guidance: { id: string; version: string };
  sections: SectionReport[];
  findings: Finding[];
  /** Where the proposal mentions women and men, girls and boys outside the sections, when a section lacks analysis (else empty). */
  mentions: Evidence[];
}
