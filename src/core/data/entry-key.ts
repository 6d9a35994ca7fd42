/**
 * The stable identity of a list entry across revisions.
 *
 * METI's End User List numbers rows with `=ROW()-1`, so a number moves whenever an entry is added
 * above it. The identity is therefore list + country + the primary name, compared loosely enough
 * that a re-typed comma, a full-width bracket or a changed capitalisation is the same entry:
 * NFKC (full-width → half-width), case-fold, every run of punctuation, symbols and spaces → one
 * space. Pure: used by importers, the diff and the review store alike.
 */

/** The primary name as compared for identity: NFKC, lower case, punctuation/space runs squashed. */
export function identityName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, " ")
    .trim();
}

/** `METI-EUL|IR|kimia part sivan company llc kipas` — country as ISO alpha-2 when known, else its name. */
export function entryKey(list: string, country: string | undefined, primaryName: string): string {
  const c = country ? (/^[A-Za-z]{2}$/.test(country.trim()) ? country.trim().toUpperCase() : identityName(country)) : "";
  return `${list}|${c}|${identityName(primaryName)}`;
}
