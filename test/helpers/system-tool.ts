// Tests that need a system tool (Chromium, LibreOffice, xmllint): skipped with a clear note on a
// machine without it, but failing under CI=true, where .ci/run installs every tool.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function hasTool(command: string, args: string[] = ["--version"]): boolean {
  if (command.startsWith("/")) return existsSync(command);
  const r = spawnSync(command, args, { stdio: "ignore" });
  return !r.error;
}

/** `describe` when the tool is there; otherwise a skipped suite that says why (or a failure on CI). */
export function describeWithTool(tool: string, present: boolean, name: string, fn: () => void): void {
  if (present) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it(`needs ${tool}`, () => {
        throw new Error(`${tool} is not installed, but CI=true: .ci/run must install it.`);
      });
    });
    return;
  }
  console.warn(`SKIPPED "${name}": ${tool} is not installed on this machine.`);
  describe.skip(`${name} (skipped: ${tool} not installed)`, fn);
}
