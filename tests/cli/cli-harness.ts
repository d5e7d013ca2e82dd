// Running the CLI in-process on temporary copies of fixture vaults.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";
import { runCli } from "../../src/cli/main";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "one-on-one-cli-"));
  made.push(dir);
  return dir;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A fresh copy of examples/vault in a temp folder. */
export function copyExampleVault(): string {
  const dir = tempDir();
  cpSync(path.resolve(__dirname, "../../examples/vault"), dir, { recursive: true });
  return dir;
}

/** A temp vault holding `notes` (vault-relative path → text). */
export function writeVault(notes: Record<string, string>): string {
  const dir = tempDir();
  for (const [rel, text] of Object.entries(notes)) {
    const abs = path.join(dir, ...rel.split("/"));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text, "utf8");
  }
  return dir;
}
