// `jamkoll guidance export | validate | publish | diff`: for the template administrator.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultPack } from "../guidance/default-pack";
import { diffPacks } from "../guidance/diff";
import { formatChanges } from "./pack-changes";
import type { GuidancePack } from "../guidance/schema";
import { validatePackText } from "../guidance/validate";
import { compareVersions } from "../guidance/version";
import { cliText } from "./i18n";
import { errorMessage, type CliIO } from "./io";
import { formatPackErrors, loadValidPack } from "./pack-source";

export function exportPack(io: CliIO): number {
  io.out(JSON.stringify(defaultPack(), null, 2));
  return 0;
}

export async function validateCommand(file: string, io: CliIO): Promise<number> {
  const pack = await loadValidPack(file, io);
  if (!pack) return 1;
  io.out(cliText().pack.valid(file, pack.id, pack.version, pack.criteria.length, pack.sections.length, pack.checklist.length));
  return 0;
}

export async function diffCommand(oldFile: string, newFile: string, io: CliIO): Promise<number> {
  const [a, b] = [await loadValidPack(oldFile, io), await loadValidPack(newFile, io)];
  if (!a || !b) return 1;
  io.out(formatChanges(diffPacks(a, b), cliText().changes));
  return 0;
}

/** Writes a file so that a reader sees either the old or the new content, never a half-written one. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, content, { encoding: "utf8", flag: "wx" });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export async function publishCommand(file: string, outDir: string, io: CliIO, now: () => Date = () => new Date()): Promise<number> {
  const t = cliText().pack;
  const pack = await loadValidPack(file, io);
  if (!pack) return 1;
  const latestPath = join(outDir, "latest.json");
  let previous: GuidancePack | null = null;
  let latestText: string | null = null;
  try {
    latestText = await readFile(latestPath, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      io.err(`jamkoll: ${t.latestUnreadable(latestPath, errorMessage(e))}`);
      return 1;
    }
  }
  if (latestText !== null) {
    const r = validatePackText(latestText);
    if (!r.ok) {
      io.err(`jamkoll: ${t.latestInvalid(latestPath)}\n${formatPackErrors(latestPath, r.errors)}`);
      return 1;
    }
    previous = r.pack;
    if (previous.id !== pack.id) {
      io.err(`jamkoll: ${t.otherId(outDir, previous.id, file, pack.id)}`);
      return 1;
    }
    if (compareVersions(pack.version, previous.version) <= 0) {
      io.err(`jamkoll: ${t.notGreater(pack.version, previous.version, file)}`);
      return 1;
    }
  }
  const published: GuidancePack = { ...pack, publishedAt: now().toISOString() };
  const text = JSON.stringify(published, null, 2) + "\n";
  try {
    await mkdir(outDir, { recursive: true });
    // The versioned file first: latest.json never points at a version that is not there.
    await writeAtomically(join(outDir, `${pack.version}.json`), text);
    await writeAtomically(latestPath, text);
  } catch (e) {
    io.err(`jamkoll: ${t.cannotPublish(outDir, errorMessage(e))}`);
    return 1;
  }
  io.out(t.published(pack.id, pack.version, join(outDir, `${pack.version}.json`), latestPath));
  io.out(previous ? `${t.changesSince(previous.version)}\n${formatChanges(diffPacks(previous, published), cliText().changes)}` : t.first);
  return 0;
}
