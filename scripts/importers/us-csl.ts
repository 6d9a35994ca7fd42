/**
 * The US Consolidated Screening List (trade.gov `consolidated.csv`; US government work, public
 * domain) → ListData. A supported import format; the copy in shared/ is from April 2022 — a
 * fixture, never bundled as current data. Multi-valued cells are `; `-separated. The country is
 * set only where it is clear: every address ends in the same ISO code, or else one nationality /
 * citizenship; otherwise it is left out (never guessed).
 */
import { entryKey } from "../../src/core/data/entry-key";
import { ListData, type ListEntry, type ListName } from "../../src/core/data/schemas";
import { ImportError, provenanceFor, sha256Hex, type SourceFile } from "./common";
import { csvRecords } from "./list-csv";
import { checkCounts } from "./meti-eul";

export const CSL_COLUMNS = ["_id", "source", "entity_number", "type", "programs", "name", "addresses", "federal_register_notice", "start_date", "remarks", "alt_names", "citizenships", "nationalities"] as const;

/** Copies this importer knows, by sha256 of the (un-gzipped) CSV: the counts to check. */
const KNOWN_CSL: Record<string, Record<string, number>> = {};

/** Expected counts of the 2022 fixture (SOURCES.md): 14,160 rows, 2,001 of them Entity List. */
export const CSL_2022_COUNTS = { entries: 14160, "source:EL": 2001 };

const multi = (s: string) =>
  s
    .split(/;\s*/)
    .map((x) => x.replace(/^and\s+/i, "").trim())
    .filter(Boolean);

/** "Entity List (EL) - Bureau of Industry and Security" → "EL". */
export const sourceCode = (source: string) => /\(([^()]+)\)/.exec(source)?.[1] ?? source;

/** Country where clear: all addresses end in one ISO code, else a single nationality/citizenship. */
export function cslCountry(r: Record<string, string>): { name: string; iso2: string } | undefined {
  const fromAddresses = new Set(multi(r.addresses).map((a) => /(?:^|,\s*)([A-Z]{2})$/.exec(a.trim())?.[1]));
  if (fromAddresses.size === 1) {
    const [c] = fromAddresses;
    if (c) return { name: c, iso2: c };
  }
  if (fromAddresses.size > 1) return undefined; // several countries, or an address without a code
  const people = new Set([...multi(r.nationalities), ...multi(r.citizenships)].filter((c) => /^[A-Z]{2}$/.test(c)));
  if (people.size === 1) {
    const [c] = people;
    return { name: c, iso2: c };
  }
  return undefined;
}

const PARTY: Record<string, ListEntry["partyType"]> = { Individual: "individual", Entity: "entity", Vessel: "vessel" };

export async function importUsCsl(file: SourceFile, expected?: Record<string, number>): Promise<ListData> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new ImportError(`${file.name}: not UTF-8 text (a gzip file must be decompressed first)`);
  }
  const { records } = csvRecords(text, file.name, CSL_COLUMNS);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const entries: ListEntry[] = [];
  let latest = "";
  records.forEach((r, j) => {
    const name = r.name.trim();
    if (!name) {
      problems.push(`line ${j + 2}: no name`);
      return;
    }
    const code = sourceCode(r.source);
    const country = cslCountry(r);
    const names: ListName[] = [{ value: name, kind: "primary" }, ...multi(r.alt_names).map((value) => ({ value, kind: "alias" as const }))];
    let key = entryKey(`US-CSL:${code}`, country?.iso2, name);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key = `${key}#${n}`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(r.start_date) && r.start_date > latest) latest = r.start_date;
    entries.push({
      key,
      entryNo: r.entity_number || r._id,
      name,
      names,
      ...(country ? { country } : {}),
      partyType: PARTY[r.type] ?? "unknown",
      ...(r.addresses ? { address: r.addresses } : {}),
      programme: [r.source, r.programs].filter(Boolean).join(" / "),
      ...(r.federal_register_notice || r.start_date ? { designation: { ...(r.federal_register_notice ? { notice: r.federal_register_notice } : {}), ...(r.start_date ? { date: r.start_date } : {}) } } : {}),
      ...(r.remarks ? { remarks: r.remarks } : {}),
    });
  });
  if (problems.length) throw new ImportError(`${file.name}: unreadable rows`, problems);
  if (!entries.length) throw new ImportError(`${file.name}: no rows (truncated?)`);
  const counts: Record<string, number> = { entries: entries.length, withCountry: entries.filter((e) => e.country).length };
  const bySource = new Map<string, number>();
  for (const r of records) bySource.set(sourceCode(r.source), (bySource.get(sourceCode(r.source)) ?? 0) + 1);
  for (const k of [...bySource.keys()].sort()) counts[`source:${k}`] = bySource.get(k)!;
  const sha = await sha256Hex(file.bytes);
  checkCounts(file.name, counts, expected ?? KNOWN_CSL[sha]);
  const dataDate = latest || "0000-00-00";
  const data = {
    id: "US-CSL" as const,
    version: `US-CSL ${dataDate}`,
    provenance: await provenanceFor(file, {
      publisher: "U.S. Department of Commerce, International Trade Administration (Consolidated Screening List)",
      title: "Consolidated Screening List (consolidated.csv)",
      dataDate,
      effective: dataDate,
      importer: "scripts/importers/us-csl.ts",
      counts,
      notes: [
        "the CSV carries no publication date: dataDate is the latest start_date in the file",
        "country only where clear (one ISO code across addresses, else one nationality/citizenship)",
      ],
    }),
    entries,
  };
  const parsed = ListData.safeParse(data);
  if (!parsed.success) throw new ImportError(`${file.name}: result fails the ListData schema`, parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`));
  return parsed.data;
}

/** gzip → bytes with the web-standard DecompressionStream (Node 18+ and browsers). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as unknown as ArrayBuffer]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    throw new ImportError(`not a readable gzip file (truncated?): ${(e as Error).message}`);
  }
}
