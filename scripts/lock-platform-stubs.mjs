// npm ci refuses a lock file that lacks the optional, platform-only packages of a dependency
// (e.g. unrs-resolver's bindings for Android or Windows). When the registry this project installs
// from does not carry those packages, `npm install` cannot record them. This script records each
// one as an optional entry for its own platform, so that `npm ci` accepts the lock and skips
// them on Linux exactly as it would with the full registry. Run it after `npm install` changes
// the lock: node scripts/lock-platform-stubs.mjs
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

let out = "";
try {
  out = execSync("npm ci --dry-run --ignore-scripts", { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
} catch (e) {
  out = `${e.stdout ?? ""}${e.stderr ?? ""}`;
}
const missing = [...out.matchAll(/Missing: (@?[^@\s]+)@(\S*) from lock file/g)].map((m) => m[1]);
if (missing.length === 0) {
  console.log("lock-platform-stubs: the lock file is complete.");
  process.exit(0);
}
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const platform = (name) => {
  const os = /android/.test(name) ? "android" : /darwin|macos/.test(name) ? "darwin" : /freebsd/.test(name) ? "freebsd" : /win32|windows/.test(name) ? "win32" : /openharmony/.test(name) ? "openharmony" : /wasm/.test(name) ? null : "linux";
  const cpu = /arm64|aarch64/.test(name) ? "arm64" : /arm/.test(name) ? "arm" : /ia32/.test(name) ? "ia32" : /loong64/.test(name) ? "loong64" : /ppc64/.test(name) ? "ppc64" : /riscv64/.test(name) ? "riscv64" : /s390x/.test(name) ? "s390x" : "x64";
  return { os, cpu };
};
for (const name of missing) {
  // The version its parent asks for.
  let version = null;
  for (const entry of Object.values(lock.packages)) {
    const v = entry.optionalDependencies?.[name];
    if (v) version = v;
  }
  const { os, cpu } = platform(name);
  lock.packages[`node_modules/${name}`] = { version, dev: true, optional: true, ...(os ? { os: [os] } : {}), cpu: [cpu] };
  console.log(`lock-platform-stubs: recorded ${name}@${version} (${os}/${cpu}, optional)`);
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
