// Progress goes to stderr only when it is a terminal, and is cleared when the work is done.
import { cliStrings } from "../../src/cli/i18n";
import { terminalProgress } from "../../src/cli/progress";

describe("report progress", () => {
  it("is silent when stderr is not a terminal", () => {
    expect(terminalProgress({ isTTY: false, write: () => true }, cliStrings.sv.report.progress)).toBeUndefined();
    expect(terminalProgress({ write: () => true }, cliStrings.sv.report.progress)).toBeUndefined();
  });

  it("on a terminal shows files done of total on one line, then clears it", () => {
    const written: string[] = [];
    const progress = terminalProgress({ isTTY: true, write: (s: string) => written.push(s) }, cliStrings.sv.report.progress)!;
    progress(1, 3);
    progress(2, 3); // within 100 ms of the last: skipped
    progress(3, 3);
    expect(written).toEqual(["\rLäser 1 av 3 filer …\x1b[K", "\r\x1b[K"]);
  });
});
