// One door to Word: batches from every part of the pane run one after another; the
// administrator's read (check without marks) leaves the officer's marks alone; a clean-up
// that fails after a failed insertion is reported with the failure.
import { defaultPack } from "../../src/guidance/default-pack";
import { serialWordApi, WordGateway } from "../../src/word/gateway";
import { WordFailure } from "../../src/word/problems";
import { openInWord, wordApiOf } from "../helpers/word";

const pack = defaultPack();

it("batches through the serial door never overlap, whoever starts them", async () => {
  const { host } = openInWord("dev-09-folkhalsa.docx", "1.9");
  host.runtime.options.syncDelayMs = 20;
  const api = serialWordApi(wordApiOf(host));
  let running = 0;
  let most = 0;
  const spy = { ...api, run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => api.run(async (c) => {
    most = Math.max(most, ++running);
    try {
      return await b(c);
    } finally {
      running--;
    }
  }) };
  const a = new WordGateway(spy);
  const b = new WordGateway(spy);
  await Promise.all([a.check(pack), b.check(pack, { mark: false }), a.fingerprint(), b.goTo({ start: 1, end: 1 }, { text: host.doc.paragraphs[1].text })]);
  expect(most).toBe(1);
});

it("a check without marks (the administrator's preview) leaves the marks of the officer's check", async () => {
  const { host, gateway } = openInWord("dev-09-folkhalsa.docx", "1.9");
  await gateway.check(pack);
  const marks = host.doc.annotations.map((x) => x.id);
  expect(marks.length).toBeGreaterThan(0);
  await gateway.check(pack, { mark: false });
  expect(host.doc.annotations.map((x) => x.id)).toEqual(marks);
});

it("when taking back a half-done insertion fails too, the problem says so", async () => {
  const { host, gateway } = openInWord("dev-02-fardtjanst.docx", "1.9");
  host.runtime.fault = { onWrite: 4, code: "GeneralException", message: "GeneralException" };
  // Word stops accepting changes right after the failure (the document switched to viewing).
  host.runtime.syncHandlers.add(() => {
    if (host.runtime.fault === null) host.doc.protected = true;
  });
  const e = await gateway.insertSection(pack, "equality").catch((x) => x);
  expect(e).toBeInstanceOf(WordFailure);
  expect(e.problem.code).toBe("refused");
  expect(e.problem.cleanup).toMatch(/GeneralException/);
});
