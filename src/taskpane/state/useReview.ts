// The reviewer's session: the comments of the open document, and the actions on them. Every
// change rewrites the comment's record and its visible text, then lists again.
import { useCallback, useEffect, useState } from "react";
import { addReply, newComment, withStatus, type CommentStatus, type Person, type ReviewComment, type Role } from "../../review/model";
import type { ListedComment, ReviewState } from "../../review/reconcile";
import { plainName } from "../../review/identity";
import { visibleText } from "../../review/visible";
import type { GuidancePack } from "../../guidance/schema";
import type { CommentAnchor } from "../../word/comments";
import { toProblem, type WordProblem } from "../../word/problems";
import type { PaneServices } from "../boot/services";

export const NAME_KEY = "reviewer.name";
export const ROLE_KEY = "reviewer.role";

const uuid = (): string =>
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx".replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));

export function useReview(services: PaneServices, pack: GuidancePack | null) {
  const [state, setState] = useState<ReviewState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<WordProblem | null>(null);
  const [me, setMe] = useState<Person | null>(() => {
    const name = services.settings.get(NAME_KEY);
    const role = services.settings.get(ROLE_KEY) as Role | null;
    return name && role ? { name, role } : null;
  });

  const label = useCallback((criterion: string | null) => (criterion ? (pack?.criteria.find((c) => c.id === criterion)?.label.sv ?? criterion) : null), [pack]);

  // Lists again after a failure too: a refusal (another window changed the comment) must show what is there now.
  // Resolves to whether the action succeeded, so a form keeps what the reviewer typed when it did not.
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setProblem(null);
      let ok = true;
      try {
        await action();
      } catch (e) {
        ok = false;
        setProblem(toProblem(e));
      }
      try {
        setState(await services.review.list());
      } catch (e) {
        setProblem((p) => p ?? toProblem(e));
      } finally {
        setBusy(false);
      }
      return ok;
    },
    [services],
  );

  const refresh = useCallback(() => run(async () => undefined), [run]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const saveIdentity = useCallback(
    (person: Person) => {
      // Stored without bidi controls: the name goes into every comment's visible text.
      const name = plainName(person.name);
      services.settings.set(NAME_KEY, name);
      services.settings.set(ROLE_KEY, person.role);
      setMe({ name, role: person.role });
    },
    [services],
  );

  const now = () => new Date().toISOString();
  const visible = (c: ReviewComment) => visibleText(c, label(c.criterion));
  // Changes go to the record as stored now, not as this pane last listed it: another window's replies survive.
  const change = (item: ListedComment, edit: (stored: ReviewComment) => ReviewComment) => services.review.update({ id: item.id, copy: item.copy }, edit, visible);

  return {
    state,
    busy,
    problem,
    me,
    label,
    saveIdentity,
    refresh,
    dismissProblem: () => setProblem(null),
    forgetIdentity: () => setMe(null),
    add: (criterion: string | null, text: string, anchor: CommentAnchor) =>
      run(async () => {
        if (!me) return;
        const c = newComment({ id: uuid(), author: me, criterion, text, quote: "", at: now() });
        await services.review.add(c, visibleText(c, label(criterion)), anchor);
      }),
    reply: (item: ListedComment, text: string) => run(async () => me && change(item, (s) => addReply(s, { id: uuid(), author: me, at: now(), text }))),
    setStatus: (item: ListedComment, status: CommentStatus) => run(async () => me && change(item, (s) => withStatus(s, status, now(), me.name))),
    remove: (item: ListedComment) => run(() => services.review.remove({ id: item.id, copy: item.copy })),
    goTo: (id: string) => run(() => services.review.goTo(id)),
    reanchor: (item: ListedComment) => run(() => services.review.reattach({ id: item.id, copy: item.copy }, visible)),
    insertSummary: (heading: string, rows: string[][]) => run(() => services.review.insertSummary(heading, rows)),
  };
}
