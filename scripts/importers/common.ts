/**
 * Shared helpers of the importers. Importers are pure: bytes in, validated data out — no file
 * system — so the CLI, `npm run rules:build` and the task pane's list import run the same code.
 */
import type { Provenance } from "../../src/core/data/schemas";

export const IMPORTER_VERSION = "1";

/** An importer's refusal: names the problem so a user can act on it. Nothing is half-imported. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}` : message);
    this.name = "ImportError";
  }
}

/** Fail loudly when a count differs from what the publisher states. */
export function expectCount(what: string, actual: number, expected: number | undefined): void {
  if (expected !== undefined && actual !== expected) throw new ImportError(`count check failed for ${what}: expected ${expected}, got ${actual}`);
}

/** SHA-256 of bytes as lowercase hex, using WebCrypto (Node 20 and browsers both have it). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface SourceFile {
  /** File name as published (no directory). */
  name: string;
  bytes: Uint8Array;
}

export type ProvenanceInput = Omit<Provenance, "sha256" | "sourceFile" | "importerVersion">;

export async function provenanceFor(file: SourceFile, p: ProvenanceInput): Promise<Provenance> {
  return { ...p, sourceFile: file.name, sha256: await sha256Hex(file.bytes), importerVersion: IMPORTER_VERSION };
}

/** Deterministic JSON (stable key order as constructed, 1-space indent, trailing newline). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 1) + "\n";
}
