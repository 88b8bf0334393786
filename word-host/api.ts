// The part of the Word JavaScript API that src/word uses, over a HostDocument, with Word's
// proxy semantics: properties exist only after load + sync, writes are queued and applied in
// order at sync, and the first failing operation rejects the sync (earlier ones stay applied,
// as in Word).
import type { HostControl, HostDocument, HostParagraph, HostRange, Point } from "./document";
import { ErrorCodes, HostError, notLoaded } from "./errors";

export interface HostOptions {
  /** The WordApi version this host answers to, e.g. "1.3" (Word 2019) or "1.9" (Word on the web). */
  wordApi: string;
  /** Milliseconds each sync waits, to feel like Word on the web. */
  syncDelayMs?: number;
  /**
   * Whether annotations work (default true). Retail Word without a Microsoft 365 subscription
   * reports WordApi 1.7 yet fails insertAnnotations with a GeneralException.
   */
  microsoft365?: boolean;
  /** Track Changes on when the document opens. */
  trackChanges?: boolean;
}

/** Word's refusals carry no useful message: "GeneralException" and nothing else. */
export const generalException = (location?: string): HostError => new HostError(ErrorCodes.generalException, "GeneralException", location);

type Op = () => void;

export function apiAtLeast(have: string, need: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && (a2 ?? 0) >= (b2 ?? 0));
}

export interface HostFault {
  /** Fail the n-th write operation from now (1 = the next one), as Word does when it rejects a change. */
  onWrite: number;
  code: string;
  message: string;
}

export class WordHostRuntime {
  syncCount = 0;
  fault: HostFault | null = null;
  readonly changeHandlers = new Set<() => void>();
  /** DocumentSelectionChanged: every cursor move and every select(), the add-in's own included. */
  readonly selectionHandlers = new Set<() => void>();
  /** Called after every sync, changed or not (the demo redraws selection and marks). */
  readonly syncHandlers = new Set<() => void>();
  constructor(
    public doc: HostDocument,
    public options: HostOptions,
  ) {
    doc.trackChanges = options.trackChanges ?? false;
  }

  supports(version: string): boolean {
    return apiAtLeast(this.options.wordApi, version);
  }

  /** Lets listeners (the pane's auto re-check, the demo's document view) know the text changed. */
  emitChange(): void {
    for (const h of this.changeHandlers) h();
  }

  emitSelection(): void {
    for (const h of this.selectionHandlers) h();
  }

  /** The officer clicks somewhere: the cursor moves and Word raises a selection change. */
  moveCursor(paraIndex: number, offset = 0): void {
    const p = this.doc.paragraphs[Math.min(paraIndex, this.doc.paragraphs.length - 1)];
    const at = { para: p.id, offset: Math.min(offset, p.text.length) };
    this.doc.selection = { start: at, end: { ...at } };
    this.emitSelection();
  }
}

export class RequestContext {
  private queue: Op[] = [];
  readonly document: DocumentProxy;
  private changed = false;
  /** Set by select(): the sync raises a selection change. */
  selectionMoved = false;
  constructor(readonly runtime: WordHostRuntime) {
    this.document = new DocumentProxy(this);
  }

  get doc(): HostDocument {
    return this.runtime.doc;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** A write: fails if the document is protected, or if the API version is too low. */
  write(op: Op, needs = "1.1", what = "this operation"): void {
    this.queue.push(() => {
      this.requires(needs, what);
      // Word in Viewing mode or a protected document: a GeneralException, not AccessDenied (office-js #5484).
      if (this.doc.protected) throw generalException();
      const fault = this.runtime.fault;
      if (fault && --fault.onWrite === 0) {
        this.runtime.fault = null;
        throw new HostError(fault.code, fault.message);
      }
      op();
      this.changed = true;
    });
  }

  requires(version: string, what: string): void {
    if (!this.runtime.supports(version)) throw new HostError(ErrorCodes.apiNotFound, `${what} needs WordApi ${version}; this Word supports ${this.runtime.options.wordApi}.`);
  }

  async sync(): Promise<void> {
    this.runtime.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.runtime.options.syncDelayMs) await new Promise((r) => setTimeout(r, this.runtime.options.syncDelayMs));
    try {
      for (const op of ops) op();
    } finally {
      if (this.changed) {
        this.changed = false;
        this.runtime.emitChange();
      }
      if (this.selectionMoved) {
        this.selectionMoved = false;
        this.runtime.emitSelection();
      }
      for (const h of this.runtime.syncHandlers) h();
    }
  }

  get trackedObjects(): { add(): void; remove(): void } {
    return { add: () => undefined, remove: () => undefined };
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies

abstract class ClientObject {
  protected readonly values = new Map<string, unknown>();
  protected readonly navs = new Map<string, ClientObject>();
  constructor(readonly context: RequestContext) {}

  /** Scalar properties `load()` without arguments reads. */
  protected abstract scalars(): string[];
  protected abstract read(name: string): unknown;
  protected navigation(_name: string): ClientObject | null {
    return null;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : props?.select ? props.select.split(",") : [];
    const paths = list.map((s) => s.trim()).filter(Boolean);
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: string[]): void {
    if (paths.length === 0) paths = this.scalars();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const nav = this.nav(head);
      if (nav) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else this.values.set(head, this.read(head));
    }
    for (const [name, sub] of nested) this.nav(name)!.applyLoad(sub);
  }

  protected nav(name: string): ClientObject | null {
    let n = this.navs.get(name);
    if (!n) {
      n = this.navigation(name) ?? undefined;
      if (n) this.navs.set(name, n);
    }
    return n ?? null;
  }

  protected get<T>(name: string): T {
    if (!this.values.has(name)) throw notLoaded(name);
    return this.values.get(name) as T;
  }

  protected setLocal(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

export class ClientResult<T> {
  private set = false;
  private v: T | undefined;
  resolve(value: T): void {
    this.v = value;
    this.set = true;
  }
  get value(): T {
    if (!this.set) throw notLoaded("value");
    return this.v as T;
  }
}

// A reference resolved when queued operations run: Word's proxies point at objects that may not exist yet.
type Ref<T> = () => T;

const Loc = { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace", whole: "Whole", content: "Content" };

function rangeOfParagraph(p: HostParagraph): HostRange {
  return { start: { para: p.id, offset: 0 }, end: { para: p.id, offset: p.text.length } };
}

function isNull(v: unknown): boolean {
  return v === null || v === undefined;
}

abstract class RangeLike extends ClientObject {
  protected abstract range(): HostRange;

  protected commonNav(name: string): ClientObject | null {
    if (name === "font") return new FontProxy(this.context, () => this.range());
    if (name === "parentContentControlOrNullObject") return new ContentControlProxy(this.context, () => this.innermostControl(), true);
    if (name === "parentContentControl") return new ContentControlProxy(this.context, () => {
      const c = this.innermostControl();
      if (!c) throw new HostError(ErrorCodes.itemNotFound, "The range is not in a content control.");
      return c;
    });
    if (name === "paragraphs") return new ParagraphCollection(this.context, () => this.paragraphsIn());
    if (name === "contentControls") return new ContentControlCollection(this.context, () => this.controlsIn());
    return null;
  }

  get font(): FontProxy {
    return this.nav("font") as FontProxy;
  }
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.nav("parentContentControlOrNullObject") as ContentControlProxy;
  }
  get parentContentControl(): ContentControlProxy {
    return this.nav("parentContentControl") as ContentControlProxy;
  }
  get paragraphs(): ParagraphCollection {
    return this.nav("paragraphs") as ParagraphCollection;
  }
  get contentControls(): ContentControlCollection {
    return this.nav("contentControls") as ContentControlCollection;
  }

  /** The control itself, for a content control proxy: its parent is the control around it. */
  protected self(): HostControl | null {
    return null;
  }

  protected innermostControl(): HostControl | null {
    const r = this.range();
    const d = this.context.doc;
    const a = d.order(r.start);
    const b = d.order(r.end);
    const me = this.self();
    // A paragraph ends in its paragraph mark, which no inline control holds: only block controls can be its parent.
    const blockOnly = this instanceof ParagraphProxy;
    const around = d.controls.filter((c) => c !== me && (!blockOnly || c.kind === "block") && d.order(c.start) <= a && b <= d.order(c.end));
    // With equal extents, the control created later sits inside the earlier one.
    around.sort((x, y) => d.order(y.start) - d.order(x.start) || d.order(x.end) - d.order(y.end) || y.id - x.id);
    return around[0] ?? null;
  }

  protected paragraphsIn(): HostParagraph[] {
    const r = this.range();
    const d = this.context.doc;
    return d.paragraphs.slice(d.indexOf(r.start.para), d.indexOf(r.end.para) + 1);
  }

  protected controlsIn(): HostControl[] {
    const r = this.range();
    const d = this.context.doc;
    return d.controls
      .filter((c) => d.order(r.start) <= d.order(c.start) && d.order(c.end) <= d.order(r.end))
      .sort((x, y) => d.order(x.start) - d.order(y.start));
  }

  select(): void {
    this.context.enqueue(() => {
      this.context.doc.selection = this.range();
      this.context.selectionMoved = true;
    });
  }

  /** Whether this object stands for whole paragraphs (a paragraph, the body, a block control), for Content ranges. */
  protected wholeParagraphs(): boolean {
    return false;
  }

  getRange(location = Loc.whole): RangeProxy {
    // Word's getRange takes Whole, Start, End, After or Content; never Before.
    if (![Loc.whole, Loc.start, Loc.end, Loc.after, Loc.content].includes(location)) {
      return new RangeProxy(this.context, () => {
        throw new HostError(ErrorCodes.invalidArgument, "InvalidArgument", "Range.getRange");
      });
    }
    // A paragraph's Content range stops before the paragraph mark: a control made on it is inline.
    const inline = location === Loc.content && this.wholeParagraphs();
    return new RangeProxy(
      this.context,
      () => {
        const r = this.range();
        if (location === Loc.start) return { start: r.start, end: r.start };
        if (location === Loc.end || location === Loc.after) return { start: r.end, end: r.end };
        return r;
      },
      inline,
    );
  }

  /** Insert locations this object accepts for insertParagraph (Word: Before/After on ranges and paragraphs, Start/End on the body). */
  protected paragraphLocations(): string[] {
    return [Loc.before, Loc.after];
  }

  protected checkLocation(location: string, allowed: string[], what: string): void {
    if (!allowed.includes(location)) throw new HostError(ErrorCodes.invalidArgument, "InvalidArgument", what);
  }

  search(text: string, options?: { matchCase?: boolean }): RangeCollection {
    return new RangeCollection(this.context, () => {
      const out: HostRange[] = [];
      // Word refuses search text over 255 characters and reads ^ codes (^l line break, ^t tab, ^s NBSP, ^^).
      if (text.length > 255) throw new HostError(ErrorCodes.invalidArgument, "InvalidArgument", "Range.search");
      const plain = text.replace(/\^([\^lts])/g, (_, c: string) => (c === "^" ? "^" : c === "l" ? "\v" : c === "t" ? "\t" : "\u00a0"));
      const needle = options?.matchCase ? plain : plain.toLowerCase();
      if (!needle) return out;
      for (const p of this.paragraphsIn()) {
        const r = this.range();
        const from = p.id === r.start.para ? r.start.offset : 0;
        const to = p.id === r.end.para ? r.end.offset : p.text.length;
        const hay = (options?.matchCase ? p.text : p.text.toLowerCase()).slice(0, to);
        for (let i = hay.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = hay.indexOf(needle, i + needle.length)) {
          out.push({ start: { para: p.id, offset: i }, end: { para: p.id, offset: i + needle.length } });
        }
      }
      return out;
    });
  }

  insertContentControl(): ContentControlProxy {
    let created: HostControl | null = null;
    this.context.write(() => {
      const d = this.context.doc;
      const r = this.range();
      const a = d.order(r.start);
      const b = d.order(r.end);
      for (const c of d.controls) {
        const ca = d.order(c.start);
        const cb = d.order(c.end);
        const overlaps = a < cb && ca < b;
        const nested = (ca <= a && b <= cb) || (a <= ca && cb <= b);
        if (overlaps && !nested) throw generalException("Range.insertContentControl");
        if (c.cannotEdit && ca <= a && b <= cb) throw generalException("Range.insertContentControl");
      }
      const whole = !this.inlineOnly() && r.start.offset === 0 && r.end.offset === d.para(r.end.para).text.length && (r.start.para !== r.end.para || d.para(r.start.para).text.length > 0);
      created = { id: d.newId(), tag: "", title: "", appearance: "BoundingBox", cannotEdit: false, cannotDelete: false, kind: whole ? "block" : "inline", type: "RichText", start: r.start, end: r.end };
      if (created.kind === "inline" && r.start.para !== r.end.para) throw generalException("Range.insertContentControl");
      d.controls.push(created);
    });
    return new ContentControlProxy(this.context, () => {
      if (!created) throw new HostError(ErrorCodes.generalException, "The content control was not created.");
      return created;
    });
  }

  /** Ranges made from a paragraph's Content range become inline controls. */
  protected inlineOnly(): boolean {
    return false;
  }

  insertText(text: string, location: string): RangeProxy {
    let result: HostRange | null = null;
    this.context.write(() => {
      const d = this.context.doc;
      const r = this.range();
      this.checkLocation(location, [Loc.replace, Loc.start, Loc.end, Loc.before, Loc.after], "insertText");
      this.guardEdit(r);
      const at: Point = location === Loc.start || location === Loc.before ? r.start : location === Loc.end || location === Loc.after ? r.end : r.start;
      if (location === Loc.replace) deleteText(d, r);
      insertTextAt(d, at, text);
      result = { start: at, end: { para: at.para, offset: at.offset + text.length } };
    });
    return new RangeProxy(this.context, () => result!);
  }

  protected guardEdit(r: HostRange): void {
    const d = this.context.doc;
    for (const c of d.controls) {
      if (c.cannotEdit && d.order(c.start) <= d.order(r.start) && d.order(r.end) <= d.order(c.end)) throw generalException();
    }
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    let created: HostParagraph | null = null;
    this.context.write(() => {
      const d = this.context.doc;
      const r = this.range();
      this.checkLocation(location, this.paragraphLocations(), "insertParagraph");
      const anchor = d.para(location === Loc.before || location === Loc.start ? r.start.para : r.end.para);
      const where = location === Loc.before || location === Loc.start ? "Before" : "After";
      // Word refuses a new paragraph inside a control locked against editing (the new one would join it).
      for (const c of d.controls) {
        if (!c.cannotEdit || c.kind !== "block") continue;
        const i = d.indexOf(anchor.id);
        const first = d.indexOf(c.start.para);
        const last = d.indexOf(c.end.para);
        const inside = where === "After" ? i >= first && i < last : i > first && i <= last;
        const atEdge = this.self() === c && (location === Loc.start || location === Loc.end);
        if (inside || atEdge || (where === "After" && i === last && first !== last)) throw generalException("insertParagraph");
      }
      created = insertParagraphNear(d, anchor, text, where);
      // At a block control's Start or End the new paragraph is inside the control.
      const me = this.self();
      if (me?.kind === "block" && location === Loc.end) me.end = { para: created.id, offset: text.length };
      if (me?.kind === "block" && location === Loc.start) me.start = { para: created.id, offset: 0 };
    });
    return new ParagraphProxy(this.context, () => created!);
  }

  highlight(): void {
    this.context.enqueue(() => {
      this.context.requires("1.8", "Range.highlight()");
      this.context.doc.temporaryHighlights.push(this.range());
    });
  }

  removeHighlight(): void {
    this.context.enqueue(() => {
      this.context.requires("1.8", "Range.removeHighlight()");
      const d = this.context.doc;
      const r = this.range();
      // A highlight on text that is gone went with it, as in Word.
      d.temporaryHighlights = d.temporaryHighlights.filter((h) => d.has(h.start.para) && d.has(h.end.para) && (d.order(h.end) <= d.order(r.start) || d.order(r.end) <= d.order(h.start)));
    });
  }
}

export function insertTextAt(d: HostDocument, at: Point, text: string): void {
  const p = d.para(at.para);
  const bold = p.bold[at.offset - 1] ?? p.bold[at.offset] ?? false;
  p.text = p.text.slice(0, at.offset) + text + p.text.slice(at.offset);
  p.bold.splice(at.offset, 0, ...Array(text.length).fill(bold));
  p.highlight.splice(at.offset, 0, ...Array(text.length).fill(null));
  p.inserted.splice(at.offset, 0, ...Array(text.length).fill(d.trackChanges));
  p.deleted.splice(at.offset, 0, ...Array(text.length).fill(false));
  for (const c of d.controls) {
    for (const pt of [c.start, c.end]) {
      if (pt.para === at.para && (pt.offset > at.offset || (pt === c.end && pt.offset === at.offset))) pt.offset += text.length;
    }
  }
}

export function deleteText(d: HostDocument, r: HostRange): void {
  if (r.start.para !== r.end.para) throw new HostError(ErrorCodes.generalException, "Replacing text across paragraphs is not supported by this host.");
  const p = d.para(r.start.para);
  if (d.trackChanges) {
    // Under Track Changes the officer's text stays as a tracked deletion; text that was itself a
    // tracked insertion goes for good, as in Word.
    for (let i = r.end.offset - 1; i >= r.start.offset; i--) {
      if (p.inserted[i]) removeChars(d, p, i, 1);
      else p.deleted[i] = true;
    }
    return;
  }
  removeChars(d, p, r.start.offset, r.end.offset - r.start.offset);
}

function removeChars(d: HostDocument, p: HostParagraph, start: number, n: number): void {
  const r = { start: { para: p.id, offset: start }, end: { para: p.id, offset: start + n } };
  p.text = p.text.slice(0, r.start.offset) + p.text.slice(r.end.offset);
  p.bold.splice(r.start.offset, n);
  p.highlight.splice(r.start.offset, n);
  p.inserted.splice(r.start.offset, n);
  p.deleted.splice(r.start.offset, n);
  for (const c of d.controls) {
    for (const pt of [c.start, c.end]) {
      if (pt.para === p.id && pt.offset > r.start.offset) pt.offset = Math.max(r.start.offset, pt.offset - n);
    }
  }
}

function insertParagraphNear(d: HostDocument, anchor: HostParagraph, text: string, where: "Before" | "After"): HostParagraph {
  const i = d.indexOf(anchor.id);
  const p = d.newParagraph(text, anchor.styleId, anchor);
  p.list = anchor.list;
  // Like Word, a new paragraph takes the anchor's style; callers set the style they want.
  d.paragraphs.splice(where === "Before" ? i : i + 1, 0, p);
  // A paragraph inserted after the last paragraph of a block control stays inside it.
  for (const c of d.controls) {
    if (c.kind !== "block") continue;
    if (where === "After" && c.end.para === anchor.id && c.start.para !== anchor.id) c.end = { para: p.id, offset: text.length };
  }
  return p;
}

export class FontProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly range: Ref<HostRange>,
  ) {
    super(context);
  }
  protected scalars(): string[] {
    return ["bold", "highlightColor"];
  }
  private chars(): { p: HostParagraph; from: number; to: number }[] {
    const d = this.context.doc;
    const r = this.range();
    const out: { p: HostParagraph; from: number; to: number }[] = [];
    for (let i = d.indexOf(r.start.para); i <= d.indexOf(r.end.para); i++) {
      const p = d.paragraphs[i];
      out.push({ p, from: p.id === r.start.para ? r.start.offset : 0, to: p.id === r.end.para ? r.end.offset : p.text.length });
    }
    return out;
  }
  protected read(name: string): unknown {
    const values = new Set<unknown>();
    for (const { p, from, to } of this.chars()) {
      for (let i = from; i < to; i++) {
        if (p.text[i].trim() === "") continue;
        values.add(name === "bold" ? p.bold[i] : name === "highlightColor" ? p.highlight[i] : undefined);
      }
    }
    if (values.size === 0) return name === "bold" ? false : null;
    // Mixed: Word reports null for bold and "" for the highlight colour.
    if (values.size > 1) return name === "highlightColor" ? "" : null;
    const v = [...values][0];
    return name === "highlightColor" && v ? highlightHex(v as string) : v;
  }

  /** A formatting change: refused inside a locked control, a revision under Track Changes. */
  private format(what: string, apply: (p: HostParagraph, i: number) => void): void {
    const d = this.context.doc;
    guardLocked(d, this.range());
    for (const { p, from, to } of this.chars()) {
      let tracked = false;
      for (let i = from; i < to; i++) {
        apply(p, i);
        if (d.trackChanges && !p.inserted[i]) tracked = true;
      }
      if (tracked) d.formatRevisions.push({ para: p.id, what });
    }
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.setLocal("bold", v);
    this.context.write(() => this.format("bold", (p, i) => void (p.bold[i] = v)));
  }
  get highlightColor(): string | null {
    return this.get("highlightColor");
  }
  set highlightColor(v: string | null) {
    this.setLocal("highlightColor", v);
    this.context.write(() => {
      const name = v ? highlightName(v) : null;
      this.format("highlight", (p, i) => void (p.highlight[i] = name));
    });
  }
}

const HIGHLIGHTS: Record<string, string> = { yellow: "#FFFF00", green: "#00FF00", cyan: "#00FFFF", magenta: "#FF00FF", lightGray: "#C0C0C0", red: "#FF0000" };

/** Word refuses formatting, style and list changes inside a control locked against editing. */
function guardLocked(d: HostDocument, r: HostRange): void {
  for (const c of d.controls) {
    if (c.cannotEdit && d.order(c.start) <= d.order(r.start) && d.order(r.end) <= d.order(c.end)) throw generalException();
  }
}
function highlightName(v: string): string {
  const hex = v.toUpperCase();
  return Object.entries(HIGHLIGHTS).find(([, h]) => h === hex)?.[0] ?? (v.startsWith("#") ? "yellow" : v);
}
function highlightHex(name: string): string {
  return HIGHLIGHTS[name] ?? name;
}

const BUILTIN_BY_NAME: Record<string, string> = { normal: "Normal", title: "Title", "list paragraph": "ListParagraph" };
for (let i = 1; i <= 9; i++) BUILTIN_BY_NAME[`heading ${i}`] = `Heading${i}`;

function displayName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export class ParagraphProxy extends RangeLike {
  constructor(
    context: RequestContext,
    private readonly ref: Ref<HostParagraph>,
  ) {
    super(context);
  }
  protected range(): HostRange {
    return rangeOfParagraph(this.entity());
  }
  protected override wholeParagraphs(): boolean {
    return true;
  }
  private entity(): HostParagraph {
    const p = this.ref();
    if (!this.context.doc.has(p.id)) throw new HostError(ErrorCodes.itemNotFound, "The paragraph no longer exists.");
    return p;
  }
  protected scalars(): string[] {
    return ["text", "style", "styleBuiltIn", "outlineLevel", "isListItem", "tableNestingLevel"];
  }
  protected read(name: string): unknown {
    const p = this.entity();
    const st = this.context.doc.styles.resolve(p.styleId);
    switch (name) {
      case "text":
        return p.text;
      case "uniqueLocalId":
        return `{host-paragraph-${p.id}}`;
      case "style":
        return displayName(st.name);
      case "styleBuiltIn":
        this.context.requires("1.3", "Paragraph.styleBuiltIn");
        return BUILTIN_BY_NAME[st.name.toLowerCase()] ?? (p.styleId === null ? "Normal" : "Other");
      case "outlineLevel":
        // A direct outline level on the paragraph wins over its style's.
        return p.outlineLevel ?? (st.level > 0 ? st.level : 10);
      case "isListItem":
        this.context.requires("1.3", "Paragraph.isListItem");
        // Numbering set on the paragraph, or brought by its style (List Number, a template's list style).
        return p.list ? p.list.numId !== "0" : st.list;
      case "tableNestingLevel":
        this.context.requires("1.3", "Paragraph.tableNestingLevel");
        return p.table ? 1 : 0;
      default:
        throw new HostError(ErrorCodes.invalidArgument, `Paragraph has no property '${name}' in this host.`);
    }
  }
  protected override navigation(name: string): ClientObject | null {
    if (name === "parentTableCellOrNullObject") return new TableCellProxy(this.context, () => this.entity());
    return this.commonNav(name);
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return this.nav("parentTableCellOrNullObject") as TableCellProxy;
  }
  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  set style(name: string) {
    this.setLocal("style", name);
    this.context.write(() => {
      const d = this.context.doc;
      const id = d.styleIdForName(name) ?? d.styleIdForName(name.toLowerCase());
      if (!id) throw new HostError(ErrorCodes.invalidArgument, `The style '${name}' does not exist in this document.`);
      this.restyle(id);
    });
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(v: string) {
    this.setLocal("styleBuiltIn", v);
    this.context.write(() => this.restyle(this.context.doc.ensureStyle(v)), "1.3", "Paragraph.styleBuiltIn");
  }
  private restyle(id: string | null): void {
    const d = this.context.doc;
    const p = this.entity();
    guardLocked(d, rangeOfParagraph(p));
    if (p.styleId === id) return;
    p.styleId = id;
    if (d.trackChanges && !(p.inserted.length > 0 && p.inserted.every(Boolean))) d.formatRevisions.push({ para: p.id, what: "style" });
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  delete(): void {
    this.context.write(() => {
      const d = this.context.doc;
      const p = this.entity();
      this.guardEdit(rangeOfParagraph(p));
      const locked = d.controls.find((c) => c.cannotDelete && c.start.para === p.id && c.end.para === p.id);
      if (locked) throw generalException("Paragraph.delete");
      const i = d.indexOf(p.id);
      if (d.trackChanges && !p.inserted.every(Boolean)) {
        // The officer's own paragraph stays as a tracked deletion; inserted characters go.
        deleteText(d, rangeOfParagraph(p));
        return;
      }
      d.paragraphs.splice(i, 1);
      d.controls = d.controls.filter((c) => !(c.start.para === p.id && c.end.para === p.id));
      for (const c of d.controls) {
        if (c.start.para === p.id) c.start = { para: d.paragraphs[i].id, offset: 0 };
        if (c.end.para === p.id) {
          const prev = d.paragraphs[i - 1];
          c.end = { para: prev.id, offset: prev.text.length };
        }
      }
    });
  }
  detachFromList(): void {
    this.context.write(() => {
      const p = this.entity();
      guardLocked(this.context.doc, rangeOfParagraph(p));
      p.list = this.context.doc.styles.resolve(p.styleId).list ? { numId: "0", ilvl: "0" } : null;
    }, "1.3", "Paragraph.detachFromList()");
  }
  getTrackedChanges(): TrackedChangeCollection {
    return new TrackedChangeCollection(this.context, () => {
      this.context.requires("1.6", "Paragraph.getTrackedChanges()");
      return trackedChangesOf(this.entity());
    });
  }
  insertAnnotations(set: { critiques: { colorScheme: string; start: number; length: number }[] }): ClientResult<string[]> {
    const result = new ClientResult<string[]>();
    this.context.enqueue(() => {
      this.context.requires("1.7", "Paragraph.insertAnnotations()");
      // Retail Word without a Microsoft 365 subscription (office-js #4953, #5179).
      if (this.context.runtime.options.microsoft365 === false) throw generalException("Paragraph.insertAnnotations");
      if (this.context.doc.protected) throw generalException("Paragraph.insertAnnotations");
      const p = this.entity();
      const ids = set.critiques.map((c) => {
        const id = `annotation-${this.context.doc.newId()}`;
        this.context.doc.annotations.push({ id, para: p.id, start: c.start, length: c.length, colorScheme: c.colorScheme });
        return id;
      });
      result.resolve(ids);
    });
    return result;
  }
  getAnnotations(): AnnotationCollection {
    return new AnnotationCollection(this.context, () => {
      this.context.requires("1.7", "Paragraph.getAnnotations()");
      const p = this.entity();
      return this.context.doc.annotations.filter((a) => a.para === p.id);
    });
  }
}

export class TableCellProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly para: Ref<HostParagraph>,
  ) {
    super(context);
  }
  protected scalars(): string[] {
    return ["isNullObject", "rowIndex", "cellIndex"];
  }
  protected read(name: string): unknown {
    const t = this.para().table;
    if (name === "isNullObject") return t === null;
    if (!t) return undefined;
    if (name === "rowIndex") return t.row;
    if (name === "cellIndex") return t.cell;
    return undefined;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
}

export class RangeProxy extends RangeLike {
  constructor(
    context: RequestContext,
    private readonly ref: Ref<HostRange>,
    private readonly inline = false,
  ) {
    super(context);
  }
  protected override inlineOnly(): boolean {
    return this.inline;
  }
  /** Extends this range to the end of another (WordApi 1.3). */
  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.ref();
      const b = other.ref();
      const d = this.context.doc;
      return { start: d.order(a.start) <= d.order(b.start) ? a.start : b.start, end: d.order(a.end) >= d.order(b.end) ? a.end : b.end };
    });
  }
  protected range(): HostRange {
    return this.ref();
  }
  protected scalars(): string[] {
    return ["text", "isEmpty"];
  }
  protected read(name: string): unknown {
    const r = this.ref();
    if (name === "text") return this.context.doc.rangeText(r);
    if (name === "isEmpty") return this.context.doc.order(r.start) === this.context.doc.order(r.end);
    throw new HostError(ErrorCodes.invalidArgument, `Range has no property '${name}' in this host.`);
  }
  protected override navigation(name: string): ClientObject | null {
    return this.commonNav(name);
  }
  get text(): string {
    return this.get("text");
  }
  get isEmpty(): boolean {
    return this.get("isEmpty");
  }
  delete(): void {
    this.context.write(() => {
      const r = this.ref();
      this.guardEdit(r);
      deleteText(this.context.doc, r);
    });
  }
}

export class ContentControlProxy extends RangeLike {
  constructor(
    context: RequestContext,
    private readonly ref: Ref<HostControl | null>,
    private readonly orNull = false,
  ) {
    super(context);
  }
  protected override paragraphLocations(): string[] {
    return [Loc.before, Loc.after, Loc.start, Loc.end];
  }
  protected override wholeParagraphs(): boolean {
    return this.ref()?.kind === "block";
  }
  protected override self(): HostControl | null {
    return this.ref();
  }
  private entity(): HostControl {
    const c = this.ref();
    if (!c || !this.context.doc.controls.includes(c)) throw new HostError(ErrorCodes.itemNotFound, "The content control no longer exists.");
    return c;
  }
  protected range(): HostRange {
    const c = this.entity();
    return { start: c.start, end: c.end };
  }
  protected scalars(): string[] {
    return this.orNull ? ["isNullObject", "id", "tag", "title", "text", "appearance", "cannotEdit", "cannotDelete", "type"] : ["id", "tag", "title", "text", "appearance", "cannotEdit", "cannotDelete", "type"];
  }
  protected read(name: string): unknown {
    if (name === "isNullObject") return isNull(this.ref());
    if (this.orNull && isNull(this.ref())) return undefined;
    const c = this.entity();
    switch (name) {
      case "id":
        return c.id;
      case "tag":
        return c.tag;
      case "title":
        return c.title;
      case "appearance":
        return c.appearance;
      case "cannotEdit":
        return c.cannotEdit;
      case "cannotDelete":
        return c.cannotDelete;
      case "type":
        return c.type;
      case "text":
        return this.context.doc.rangeText(this.range());
      default:
        throw new HostError(ErrorCodes.invalidArgument, `ContentControl has no property '${name}' in this host.`);
    }
  }
  protected override navigation(name: string): ClientObject | null {
    // From a null object, Word navigates to null objects.
    if (name === "parentContentControlOrNullObject") return new ContentControlProxy(this.context, () => (isNull(this.ref()) ? null : this.innermostControl()), true);
    return this.commonNav(name);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get id(): number {
    return this.get("id");
  }
  get text(): string {
    return this.get("text");
  }
  private prop<K extends "tag" | "title" | "appearance" | "cannotEdit" | "cannotDelete">(name: K, v: HostControl[K]): void {
    this.setLocal(name, v);
    this.context.write(() => {
      this.entity()[name] = v;
    });
  }
  get tag(): string {
    return this.get("tag");
  }
  set tag(v: string) {
    this.prop("tag", v);
  }
  get title(): string {
    return this.get("title");
  }
  set title(v: string) {
    this.prop("title", v);
  }
  get appearance(): HostControl["appearance"] {
    return this.get("appearance");
  }
  set appearance(v: HostControl["appearance"]) {
    this.prop("appearance", v);
  }
  get cannotEdit(): boolean {
    return this.get("cannotEdit");
  }
  set cannotEdit(v: boolean) {
    this.prop("cannotEdit", v);
  }
  get cannotDelete(): boolean {
    return this.get("cannotDelete");
  }
  set cannotDelete(v: boolean) {
    this.prop("cannotDelete", v);
  }
  get type(): string {
    return this.get("type");
  }
  /** Replaces the control's text (one paragraph), keeping the control. */
  override insertText(text: string, location: string): RangeProxy {
    if (location !== Loc.replace) return super.insertText(text, location);
    let result: HostRange | null = null;
    this.context.write(() => {
      const d = this.context.doc;
      const c = this.entity();
      if (c.cannotEdit) throw generalException("ContentControl.insertText");
      if (c.kind === "block") {
        const paras = this.paragraphsIn();
        const first = paras[0];
        for (const p of paras.slice(1)) d.paragraphs.splice(d.indexOf(p.id), 1);
        first.text = text;
        first.bold = Array(text.length).fill(false);
        first.highlight = Array(text.length).fill(null);
        first.inserted = Array(text.length).fill(d.trackChanges);
        first.deleted = Array(text.length).fill(false);
        c.start = { para: first.id, offset: 0 };
        c.end = { para: first.id, offset: text.length };
      } else {
        deleteText(d, { start: { ...c.start }, end: { ...c.end } });
        c.end = { para: c.start.para, offset: c.start.offset };
        insertTextAt(d, c.start, text);
        c.end = { para: c.start.para, offset: c.start.offset + text.length };
      }
      result = { start: c.start, end: c.end };
    });
    return new RangeProxy(this.context, () => result!);
  }
  delete(keepContent: boolean): void {
    this.context.write(() => {
      const d = this.context.doc;
      const c = this.entity();
      if (c.cannotDelete) throw generalException("ContentControl.delete");
      if (!keepContent) {
        if (c.kind === "block") {
          const paras = this.paragraphsIn();
          for (const p of paras) d.paragraphs.splice(d.indexOf(p.id), 1);
          d.controls = d.controls.filter((x) => !paras.some((p) => x.start.para === p.id));
        } else {
          deleteText(d, { start: { ...c.start }, end: { ...c.end } });
        }
      }
      d.controls = d.controls.filter((x) => x !== c);
    });
  }
}

abstract class Collection<T extends ClientObject, E> extends ClientObject {
  constructor(
    context: RequestContext,
    protected readonly entities: Ref<E[]>,
  ) {
    super(context);
  }
  protected abstract item(ref: Ref<E>): T;
  protected scalars(): string[] {
    return ["items"];
  }
  protected read(): unknown {
    return undefined;
  }
  override applyLoad(paths: string[]): void {
    const items = this.entities().map((e) => this.item(() => e));
    const sub = paths.map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    for (const it of items) it.applyLoad(sub);
    this.values.set("items", items);
  }
  get items(): T[] {
    return this.get("items");
  }
  getFirst(): T {
    return this.item(() => {
      const e = this.entities()[0];
      if (!e) throw new HostError(ErrorCodes.itemNotFound, "The collection is empty.");
      return e;
    });
  }
}

export class ParagraphCollection extends Collection<ParagraphProxy, HostParagraph> {
  protected item(ref: Ref<HostParagraph>): ParagraphProxy {
    return new ParagraphProxy(this.context, ref);
  }
  getLast(): ParagraphProxy {
    return this.item(() => {
      const all = this.entities();
      if (!all.length) throw new HostError(ErrorCodes.itemNotFound, "The collection is empty.");
      return all[all.length - 1];
    });
  }
}

export class RangeCollection extends Collection<RangeProxy, HostRange> {
  protected item(ref: Ref<HostRange>): RangeProxy {
    return new RangeProxy(this.context, ref);
  }
  getFirstOrNullObject(): RangeProxy {
    return this.getFirst();
  }
}

export class ContentControlCollection extends Collection<ContentControlProxy, HostControl> {
  protected item(ref: Ref<HostControl>): ContentControlProxy {
    return new ContentControlProxy(this.context, ref);
  }
  getByTag(tag: string): ContentControlCollection {
    return new ContentControlCollection(this.context, () => this.entities().filter((c) => c.tag === tag));
  }
  getByTitle(title: string): ContentControlCollection {
    return new ContentControlCollection(this.context, () => this.entities().filter((c) => c.title === title));
  }
}

class AnnotationProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly ref: Ref<{ id: string }>,
  ) {
    super(context);
  }
  protected scalars(): string[] {
    return ["id", "state"];
  }
  protected read(name: string): unknown {
    return name === "id" ? this.ref().id : name === "state" ? "Created" : undefined;
  }
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.context.enqueue(() => {
      this.context.requires("1.7", "Annotation.delete()");
      const id = this.ref().id;
      this.context.doc.annotations = this.context.doc.annotations.filter((a) => a.id !== id);
    });
  }
}

export class AnnotationCollection extends Collection<AnnotationProxy, { id: string }> {
  protected item(ref: Ref<{ id: string }>): AnnotationProxy {
    return new AnnotationProxy(this.context, ref);
  }
}

export class BodyProxy extends RangeLike {
  protected override wholeParagraphs(): boolean {
    return true;
  }
  getTrackedChanges(): TrackedChangeCollection {
    return new TrackedChangeCollection(this.context, () => {
      this.context.requires("1.6", "Body.getTrackedChanges()");
      return this.context.doc.paragraphs.flatMap(trackedChangesOf);
    });
  }
  protected range(): HostRange {
    const d = this.context.doc;
    const first = d.paragraphs[0];
    const last = d.paragraphs[d.paragraphs.length - 1];
    return { start: { para: first.id, offset: 0 }, end: { para: last.id, offset: last.text.length } };
  }
  protected scalars(): string[] {
    return ["text"];
  }
  protected read(name: string): unknown {
    if (name === "text") return this.context.doc.paragraphs.map((p) => p.text).join("\r");
    return undefined;
  }
  protected override navigation(name: string): ClientObject | null {
    if (name === "paragraphs") return new ParagraphCollection(this.context, () => this.context.doc.paragraphs.slice());
    if (name === "contentControls") return new ContentControlCollection(this.context, () => [...this.context.doc.controls].sort((a, b) => this.context.doc.order(a.start) - this.context.doc.order(b.start)));
    return this.commonNav(name);
  }
  get text(): string {
    return this.get("text");
  }
  insertTable(rowCount: number, columnCount: number, location: string, values: string[][]): void {
    this.context.write(() => {
      if (location !== Loc.end) throw new HostError(ErrorCodes.invalidArgument, "This host inserts tables at the end of the body only.");
      insertTableAtEnd(this.context.doc, rowCount, columnCount, values);
    });
  }

  override insertParagraph(text: string, location: string): ParagraphProxy {
    let created: HostParagraph | null = null;
    this.context.write(() => {
      const d = this.context.doc;
      this.checkLocation(location, [Loc.start, Loc.end], "Body.insertParagraph");
      const anchor = location === Loc.start ? d.paragraphs[0] : d.paragraphs[d.paragraphs.length - 1];
      created = d.newParagraph(text, null);
      created.table = null;
      d.paragraphs.splice(location === Loc.start ? 0 : d.paragraphs.length, 0, created);
      void anchor;
    });
    return new ParagraphProxy(this.context, () => created!);
  }
}

function insertTableAtEnd(d: HostDocument, rows: number, cols: number, values: string[][]): void {
  const table = Math.max(-1, ...d.paragraphs.map((p) => p.table?.table ?? -1)) + 1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const p = d.newParagraph(values[r]?.[c] ?? "", null);
      p.table = { table, row: r, cell: c };
      d.paragraphs.push(p);
    }
  }
  // Word keeps a paragraph after a table at the end of the body.
  d.paragraphs.push(d.newParagraph("", null));
}

export class DocumentProxy extends ClientObject {
  readonly body: BodyProxy;
  constructor(context: RequestContext) {
    super(context);
    this.body = new BodyProxy(context);
  }
  protected scalars(): string[] {
    return ["changeTrackingMode"];
  }
  protected read(name: string): unknown {
    if (name === "changeTrackingMode") {
      this.context.requires("1.4", "Document.changeTrackingMode");
      return this.context.doc.trackChanges ? "TrackAll" : "Off";
    }
    return undefined;
  }
  get contentControls(): ContentControlCollection {
    return this.body.contentControls;
  }
  /**
   * Word's event handlers: the result's remove() is queued on the context the handler was added
   * in, and takes effect only when that same context syncs (a new context removes nothing).
   */
  private event(name: string) {
    return {
      add: (handler: (args: unknown) => Promise<unknown>) => {
        const wrapped = () => void handler({ type: name, source: "Local" });
        const adding = this.context;
        adding.enqueue(() => {
          adding.requires("1.6", `Document.${name}`);
          adding.runtime.changeHandlers.add(wrapped);
        });
        return { context: adding, remove: () => adding.enqueue(() => void adding.runtime.changeHandlers.delete(wrapped)) };
      },
    };
  }

  /** Track Changes (WordApi 1.4): "Off" or "TrackAll". */
  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    this.setLocal("changeTrackingMode", mode);
    this.context.write(() => {
      this.context.doc.trackChanges = mode !== "Off";
    }, "1.4", "Document.changeTrackingMode");
  }
  get onParagraphChanged() {
    return this.event("onParagraphChanged");
  }
  get onParagraphAdded() {
    return this.event("onParagraphAdded");
  }
  get onParagraphDeleted() {
    return this.event("onParagraphDeleted");
  }

  getAnnotationById(id: string): AnnotationProxy {
    return new AnnotationProxy(this.context, () => {
      this.context.requires("1.7", "Document.getAnnotationById()");
      const a = this.context.doc.annotations.find((x) => x.id === id);
      if (!a) throw new HostError(ErrorCodes.itemNotFound, `No annotation ${id}.`);
      return a;
    });
  }

  getSelection(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const d = this.context.doc;
      return d.selection ?? { start: { para: d.paragraphs[0].id, offset: 0 }, end: { para: d.paragraphs[0].id, offset: 0 } };
    });
  }
}

interface HostTrackedChange {
  type: "Added" | "Deleted";
  text: string;
}

/** A paragraph's tracked insertions and deletions, run by run. */
function trackedChangesOf(p: HostParagraph): HostTrackedChange[] {
  const out: HostTrackedChange[] = [];
  let i = 0;
  while (i < p.text.length) {
    const kind = p.deleted[i] ? "Deleted" : p.inserted[i] ? "Added" : null;
    let j = i + 1;
    while (j < p.text.length && (p.deleted[j] ? "Deleted" : p.inserted[j] ? "Added" : null) === kind) j++;
    if (kind) out.push({ type: kind, text: p.text.slice(i, j) });
    i = j;
  }
  return out;
}

class TrackedChangeProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly ref: Ref<HostTrackedChange>,
  ) {
    super(context);
  }
  protected scalars(): string[] {
    return ["type", "text"];
  }
  protected read(name: string): unknown {
    const c = this.ref();
    return name === "type" ? c.type : name === "text" ? c.text : undefined;
  }
  get type(): string {
    return this.get("type");
  }
  get text(): string {
    return this.get("text");
  }
}

export class TrackedChangeCollection extends Collection<TrackedChangeProxy, HostTrackedChange> {
  protected item(ref: Ref<HostTrackedChange>): TrackedChangeProxy {
    return new TrackedChangeProxy(this.context, ref);
  }
}
