// Property: whatever the officer types, splits, joins, deletes, pastes or highlights, with Track
// Changes on or off, interleaved with checks, clears, Gå till, insertions, undoing them and
// reviewer comments — the officer's own text and formatting come through every pane action
// exactly as they were, no pane action makes a revision but the insertions asked for, and no
// comment is lost. Seeded: a failure prints the seed and the shortest sequence that fails.
import fc from "fast-check";
import { defaultPack } from "../../src/guidance/default-pack";
import { newComment } from "../../src/review/model";
import { ReviewGateway } from "../../src/word/comments";
import { WordGateway, type CheckResult } from "../../src/word/gateway";
import type { Insertion } from "../../src/word/insert";
import { createWordHost, editable, HostDocument, Officer } from "../../word-host";
import { p, rawDocx } from "../helpers/raw-docx";
import { wordApiOf } from "../helpers/word";

const pack = defaultPack();
const RUNS = Number(process.env.JAMKOLL_PROPERTY_RUNS ?? 10_000);
const SEED = Number(process.env.JAMKOLL_PROPERTY_SEED ?? 20261125);

const DOC = HostDocument.fromDocx(rawDocx(
  [
    p("Ny simhall i Norrby", "Title"),
    p("Ärendet", "Heading1"),
    p("Regionen bygger en ny simhall med 25-metersbassäng."),
    p("Resurser och finansiering", "Heading1"),
    p("Investeringen är 80 miljoner kronor."),
    p("Jämställdhet", "Heading1"),
    p("Kvinnor och män simmar ungefär lika ofta."),
    p("Beslutsunderlag", "Heading1"),
    p("Utredning 2026-03-01."),
  ].join(""),
));

type Edit =
  | { kind: "type"; at: number; offset: number; text: string }
  | { kind: "delete"; at: number; offset: number; length: number }
  | { kind: "split"; at: number; offset: number }
  | { kind: "merge"; at: number }
  | { kind: "highlight"; at: number; offset: number; length: number; colour: string | null }
  | { kind: "bold"; at: number; offset: number; length: number; on: boolean }
  | { kind: "track"; on: boolean };
type PaneAction = { kind: "check" | "check-quiet" | "clear" | "go-to" | "insert-section" | "insert-questions" | "undo" | "comment"; at: number };
type Step = Edit | PaneAction;

const words = fc.constantFrom("kvinnor", "män", "flickor och pojkar", "ingen påverkan", "statistik per kön", "oavsett kön", "12 kvinnor och 9 män", "Ej aktuellt", "åtgärd", " ", ".", "\v", "\u00a0");
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("type" as const), at: fc.nat(40), offset: fc.nat(80), text: fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat(40), offset: fc.nat(80), length: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("split" as const), at: fc.nat(40), offset: fc.nat(80) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("merge" as const), at: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("highlight" as const), at: fc.nat(40), offset: fc.nat(80), length: fc.integer({ min: 1, max: 40 }), colour: fc.constantFrom("yellow", "green", "darkYellow", null) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bold" as const), at: fc.nat(40), offset: fc.nat(80), length: fc.integer({ min: 1, max: 40 }), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("track" as const), on: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom("check" as const, "check-quiet" as const, "clear" as const, "go-to" as const), at: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("insert-section" as const, "insert-questions" as const, "undo" as const), at: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("comment" as const), at: fc.nat(40) }) },
);

const setup = fc.record({ wordApi: fc.constantFrom("1.3", "1.6", "1.7", "1.8", "1.9"), microsoft365: fc.boolean(), trackChanges: fc.boolean() });

interface Session {
  host: ReturnType<typeof createWordHost>;
  officer: Officer;
  gateway: WordGateway;
  review: ReviewGateway;
  /** Paragraphs Jämkoll wrote (insertions, comments), by id: the rest is the officer's. */
  pane: Set<number>;
  insertions: { insertion: Insertion; ids: number[] }[];
  comments: string[];
  last: CheckResult | null;
  n: number;
}

/** The officer's paragraphs, everything Word keeps about their text and formatting. */
function officerText(s: Session): string {
  return JSON.stringify(
    s.host.doc.paragraphs.filter((x) => !s.pane.has(x.id)).map((x) => [x.id, x.text, x.styleId, x.list, x.outlineLevel, x.table, x.bold, x.highlight, x.inserted, x.deleted]),
  );
}

function officerIndex(s: Session, at: number): number | null {
  const all = s.host.doc.paragraphs.map((_, i) => i).filter((i) => !s.pane.has(s.host.doc.paragraphs[i].id) && editable(s.host.doc, i) && i > 0);
  return all.length ? all[at % all.length] : null;
}

function edit(s: Session, e: Edit): void {
  if (e.kind === "track") return s.officer.trackChanges(e.on);
  const i = officerIndex(s, e.at);
  if (i === null) return;
  const len = s.host.doc.paragraphs[i].text.length;
  const at = (offset: number) => (len ? offset % (len + 1) : 0);
  switch (e.kind) {
    case "type":
      return s.officer.type(i, at(e.offset), e.text);
    case "delete":
      return s.officer.delete(i, at(e.offset), e.length);
    case "split":
      return s.officer.split(i, at(e.offset));
    case "merge": {
      const next = s.host.doc.paragraphs[i + 1];
      if (!next || s.pane.has(next.id) || !editable(s.host.doc, i + 1) || s.host.doc.trackChanges) return;
      return s.officer.merge(i);
    }
    case "highlight":
      return s.officer.format(i, at(e.offset), e.length, { highlight: e.colour });
    case "bold":
      return s.officer.format(i, at(e.offset), e.length, { bold: e.on });
  }
}

async function act(s: Session, a: PaneAction): Promise<void> {
  const ids = () => new Set(s.host.doc.paragraphs.map((x) => x.id));
  const before = ids();
  try {
    switch (a.kind) {
      case "check":
        s.last = await s.gateway.check(pack);
        return;
      case "check-quiet":
        await s.gateway.check(pack, { mark: false });
        return;
      case "clear":
        return await s.gateway.clearMarks();
      case "go-to": {
        const f = s.last?.report.findings.filter((x) => x.blocks);
        if (!s.last || !f?.length) return;
        const b = f[a.at % f.length].blocks!;
        return await s.gateway.goTo(b, { text: s.last.model.blocks[b.start]?.text ?? "" });
      }
      case "insert-section":
      case "insert-questions": {
        const insertion = a.kind === "insert-section" ? await s.gateway.insertSection(pack, "equality") : await s.gateway.insertQuestions(pack, "equality", null);
        s.insertions.push({ insertion, ids: [...ids()].filter((id) => !before.has(id)) });
        return;
      }
      case "undo": {
        const last = s.insertions.pop();
        if (last) await s.gateway.removeInsertion(last.insertion);
        return;
      }
      case "comment": {
        const id = `00000000-0000-4000-8000-${String(++s.n).padStart(12, "0")}`;
        const blocks = s.last?.model.blocks ?? [];
        const target = blocks.length ? blocks[a.at % blocks.length] : null;
        const c = newComment({ id, author: { name: "Anna", role: "granskare" }, criterion: null, text: `Kommentar ${s.n}`, quote: "", at: "2026-11-25T09:00:00.000Z" });
        await s.review.add(c, `Kommentar ${s.n}`, target ? { kind: "block", block: target.index, text: target.text } : { kind: "end" });
        s.comments.push(id);
        return;
      }
    }
  } catch (e) {
    // Refusals are allowed (the text changed since the check, nothing to insert): never a change.
    if (!(e instanceof Error && e.name === "WordFailure")) throw e;
  } finally {
    // Whatever Jämkoll wrote is Jämkoll's, not the officer's.
    for (const id of ids()) if (!before.has(id)) s.pane.add(id);
  }
}

it(`the officer's text and formatting survive ${RUNS} random sessions (seed ${SEED})`, async () => {
  await fc.assert(
    fc.asyncProperty(setup, fc.array(step, { minLength: 1, maxLength: 12 }), async (word, steps) => {
      const host = createWordHost(DOC, word);
      host.install();
      const api = wordApiOf(host);
      const s: Session = { host, officer: new Officer(host.runtime), gateway: new WordGateway(api), review: new ReviewGateway(api), pane: new Set(), insertions: [], comments: [], last: null, n: 0 };
      for (const st of steps) {
        if (!["check", "check-quiet", "clear", "go-to", "insert-section", "insert-questions", "undo", "comment"].includes(st.kind)) {
          edit(s, st as Edit);
          continue;
        }
        const text = officerText(s);
        const revisions = host.doc.formatRevisions.length;
        await act(s, st as PaneAction);
        expect(officerText(s)).toBe(text);
        expect(host.doc.formatRevisions.length).toBe(revisions);
      }
      await s.gateway.clearMarks();
      expect(host.doc.annotations).toEqual([]);
      expect(host.doc.temporaryHighlights).toEqual([]);
      if (s.comments.length) {
        const listed = await s.review.list();
        expect(listed.comments.map((c) => c.id).sort()).toEqual([...s.comments].sort());
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: false },
  );
}, 300_000); // about 30 s of CPU for 10,000 sessions; the margin is for loaded machines
