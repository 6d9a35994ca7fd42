/**
 * The one API through which the add-in, the CLI and the tests drive the engine.
 *
 * `createEngine(data)` builds every index once (classification rules, list index, destination
 * tables); the returned object is cheap to call per cell. It never touches Office, the DOM or Node.
 */
import type { ControlTree, ExportOrderData, ListData } from "./data/schemas";
import type { Classification, Decision, DecisionInput, Destination, PartyRisk } from "./results";
import { createClassifier, type ClassifyRuleSet } from "./classify";
import { createPartyScreener, type ClearanceStore, type MatcherConfig } from "./parties";
import { createDestinationResolver } from "./destinations";
import { decide } from "./decide";

export interface RuleData {
  exportOrder: ExportOrderData;
  controlTree: ControlTree;
  /** Hand-authored parameter rules (rules/params), compiled by `npm run rules:build`. */
  params: ClassifyRuleSet;
  lists: ListData[];
}

export interface ClassifyOptions {
  asOf?: string;
  hs?: string;
}

export interface PartyOptions {
  country?: string;
  clearances?: ClearanceStore;
  /** ISO date used for clearance expiry; defaults to today. */
  today?: string;
}

export interface VersionInfo {
  rulesVersion: string;
  listsVersion: string;
  lists: { id: string; title: string; publisher: string; date: string; effective: string; entries: number; sha256: string }[];
  tables: Record<string, number>;
  controlTree: { revision: string; articles: number; nodes: number };
}

export interface Engine {
  classify(spec: string, opts?: ClassifyOptions): Classification;
  party(name: string, opts?: PartyOptions): PartyRisk;
  destination(country: string): Destination;
  decide(input: DecisionInput, opts?: { clearances?: ClearanceStore; today?: string }): Decision;
  /** The decision step alone, on parts the caller already has (bulk screening memoises them). */
  decideFrom(input: DecisionInput, parts: { classification: Classification; party: PartyRisk; destination: Destination }): Decision;
  versions(): VersionInfo;
  readonly data: RuleData;
}

export function createEngine(data: RuleData, config?: { matcher?: Partial<MatcherConfig> }): Engine {
  const classifier = createClassifier({ controlTree: data.controlTree, params: data.params, exportOrder: data.exportOrder });
  const screener = createPartyScreener(data.lists, config?.matcher);
  const destinations = createDestinationResolver(data.exportOrder);
  const versions = versionInfo(data);

  return {
    data,
    classify: (spec, opts) => classifier.classify(spec, opts),
    party: (name, opts) => screener.screen(name, opts),
    destination: (country) => destinations.resolve(country),
    decide(input, opts) {
      const classification = classifier.classify(input.spec, { asOf: input.asOf, hs: input.hs });
      const destination = destinations.resolve(input.country);
      const party = screener.screen(input.customer, {
        country: destination.iso2 ?? input.country,
        clearances: opts?.clearances,
        today: opts?.today,
      });
      return decide(input, { classification, party, destination }, data.exportOrder);
    },
    decideFrom: (input, parts) => decide(input, parts, data.exportOrder),
    versions: () => versions,
  };
}

function versionInfo(data: RuleData): VersionInfo {
  const articles = data.controlTree.nodes.filter((n) => n.level === "article").length;
  return {
    rulesVersion: rulesVersion(data),
    listsVersion: data.lists.map((l) => l.version).join("; "),
    lists: data.lists.map((l) => ({
      id: l.id,
      title: l.provenance.title,
      publisher: l.provenance.publisher,
      date: l.provenance.dataDate,
      effective: l.provenance.effective,
      entries: l.entries.length,
      sha256: l.provenance.sha256,
    })),
    tables: Object.fromEntries(Object.entries(data.exportOrder.tables).map(([id, t]) => [id, t.countries.length])),
    controlTree: { revision: data.controlTree.revision, articles, nodes: data.controlTree.nodes.length },
  };
}

/** e.g. "貨物等省令 2026-02-14 / 輸出令 2026-02-14 / params 2026-11-25". */
export function rulesVersion(data: RuleData): string {
  return `貨物等省令 ${data.controlTree.provenance.effective} / 輸出令 ${data.exportOrder.provenance.effective} / params ${data.params.version}`;
}
