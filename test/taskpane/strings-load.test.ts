// English is a chunk fetched before an English pane renders; a pane whose English cannot be
// fetched speaks Swedish rather than show nothing.
beforeEach(() => jest.resetModules());
afterEach(() => jest.dontMock("../../src/taskpane/i18n/en"));

it("loads English when asked, and Swedish needs nothing fetched", async () => {
  const { loadStrings } = await import("../../src/taskpane/i18n");
  expect(await loadStrings("sv")).toBe("sv");
  expect(await loadStrings("en")).toBe("en");
});

it("falls back to Swedish when the English strings cannot be fetched", async () => {
  jest.doMock("../../src/taskpane/i18n/en", () => {
    throw new Error("ChunkLoadError: Loading chunk jamkoll-en failed.");
  });
  const { loadStrings } = await import("../../src/taskpane/i18n");
  expect(await loadStrings("en")).toBe("sv");
});
