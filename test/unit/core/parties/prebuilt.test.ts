/**
 * Prebuilt list snapshots (rules/party-index, from rules:build): the index built from them must be
 * the index the run-time build gives, they must not be stale, and a list they were not built from
 * must never use them.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ListData } from "../../../../src/core/data/schemas";
import { createPartyScreener, listFingerprint, registerPrebuiltLists, snapshotList, type ListIndexSnapshot } from "../../../../src/core/parties";
import { buildIndex, type PartyIndex } from "../../../../src/core/parties/name-index";
import { registeredPrebuilt } from "../../../../src/core/parties/prebuilt";
import { e, list } from "./factory";

const ROOT = join(__dirname, "../../../..");
const listDir = join(ROOT, "rules/lists");
const snapDir = join(ROOT, "rules/party-index");
const files = existsSync(snapDir) ? readdirSync(listDir).filter((f) => f.endsWith(".json")).sort() : [];
const lists: ListData[] = files.map((f) => JSON.parse(readFileSync(join(listDir, f), "utf8")));
const snapshotText = files.map((f) => readFileSync(join(snapDir, f), "utf8"));
const snapshots: ListIndexSnapshot[] = snapshotText.map((t) => JSON.parse(t));
const run = files.length ? describe : describe.skip;

/** Where two long texts first differ (a readable failure instead of a megabyte diff). */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? "" : `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

/** What matching reads of an index, with term ids replaced by their text. */
function shape(index: PartyIndex): string {
  const text = (ids: ArrayLike<number>) => Array.from(ids, (id) => index.vocabText[id]);
  return JSON.stringify({
    vocab: index.vocabText,
    entries: index.entries.map((x) => `${x.list.id}/${x.entry.key}/${x.iso2 ?? ""}`),
    names: index.names.map((n) => [n.entry, n.value, n.kind, n.key, n.readable, text(n.tokens), text(n.grams)]),
    postings: Array.from(index.postStart),
    postNames: Array.from(index.postNames),
    idf: index.idf,
  });
}

run("prebuilt snapshots of the bundled lists", () => {
  it("are up to date: rebuilding each from its list gives the committed file (else run npm run rules:build)", () => {
    // byte for byte, as rules:build writes it (scripts/importers/party-index.ts)
    lists.forEach((l, i) => expect(firstDifference(JSON.stringify(snapshotList(l)) + "\n", snapshotText[i])).toBe(""));
  });

  it("give exactly the index the run-time build gives, and are used", () => {
    const runtime = buildIndex(lists);
    registerPrebuiltLists(snapshots);
    for (const l of lists) expect(registeredPrebuilt(l)).toBeDefined();
    const prebuilt = buildIndex(lists, registeredPrebuilt);
    expect(firstDifference(shape(prebuilt), shape(runtime))).toBe("");
  });
});

describe("a list its snapshot was not built from", () => {
  const original = list("METI-EUL", [e("Astronautics Research Institute", { iso2: "IR" }), e("Candid General Trading LLC", { iso2: "AE" })]);
  registerPrebuiltLists([snapshotList(original)]);

  it("is indexed at run time when a name changed, never from the stale snapshot", () => {
    const edited: ListData = JSON.parse(JSON.stringify(original));
    edited.entries[1].names[0].value = "Zarqa Precision Optics LLC";
    expect(listFingerprint(edited)).not.toBe(listFingerprint(original));
    expect(registeredPrebuilt(edited)).toBeUndefined();
    const r = createPartyScreener([edited]).screen("Zarqa Precision Optics");
    expect(r.status).toBe("hit");
    expect(createPartyScreener([edited]).screen("Candid General Trading").status).toBe("clear");
  });

  it("is indexed at run time when only a country or a name kind changed", () => {
    const moved: ListData = JSON.parse(JSON.stringify(original));
    moved.entries[0].country = { name: "Syria", iso2: "SY" };
    expect(registeredPrebuilt(moved)).toBeUndefined();
    const r = createPartyScreener([moved]).screen("Astronautics Research Institute", { country: "SY" });
    expect(r.matches[0]?.why).toContain("SY agrees");
  });

  it("uses the snapshot for the very list it was built from, with the same results", () => {
    expect(registeredPrebuilt(original)).toBeDefined();
    expect(createPartyScreener([original]).screen("Candid General Trading L.L.C.").status).toBe("hit");
  });

  it("ignores malformed snapshots instead of throwing", () => {
    expect(() => registerPrebuiltLists([{ format: 99 } as unknown as ListIndexSnapshot, null as unknown as ListIndexSnapshot])).not.toThrow();
    expect(createPartyScreener([original]).screen("Candid General Trading").status).toBe("hit");
  });
});
