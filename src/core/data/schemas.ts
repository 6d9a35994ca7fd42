/**
 * Schemas of the bundled rule data in `rules/` — the single source of truth for its types.
 *
 * Every generated file carries a `provenance` block: which official file it came from (publisher,
 * title, the data's own date, effective date, file name and sha256), which importer made it, and
 * the counts the importer checked. Importers validate their output with these schemas before
 * writing; loaders validate again before the engine sees the data.
 */
import { z } from "zod";

export const Provenance = z.object({
  publisher: z.string(),
  title: z.string(),
  /** The data's own date (publication / revision date), ISO yyyy-mm-dd. */
  dataDate: z.string(),
  /** Date from which the data applies, ISO yyyy-mm-dd (may equal dataDate). */
  effective: z.string(),
  sourceFile: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importer: z.string(),
  importerVersion: z.string(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Attribution text the publisher's terms ask for, when any. */
  attribution: z.string().optional(),
  notes: z.array(z.string()).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

// ---------------------------------------------------------------------------------------------
// Lists of parties (End User List, export-ban designated entities, asset freeze, US CSL)

export const ListId = z.enum(["METI-EUL", "METI-RU", "METI-BY", "METI-3RD", "MOF-FREEZE", "US-CSL"]);
export type ListId = z.infer<typeof ListId>;

/** How a name of an entry is written in the list. */
export const NameKind = z.enum([
  "primary", // the entry's main name (English for METI lists)
  "script", // the main name in its own script (Chinese/Japanese/Korean/Arabic …)
  "alias", // an also-known-as
  "alias_script", // an alias in its own script
  "ja", // Japanese name given by the list (katakana/kanji), e.g. METI designated entities, MOF
  "ja_alias",
]);
export type NameKind = z.infer<typeof NameKind>;

export const ListName = z.object({ value: z.string().min(1), kind: NameKind });
export type ListName = z.infer<typeof ListName>;

export const ListEntry = z.object({
  /** Stable identity across revisions: list + country + normalised primary name (never a row number). */
  key: z.string().min(1),
  /** The official number as the publisher shows it (EUL: row number, not stable). */
  entryNo: z.string(),
  /** Primary name for display. */
  name: z.string().min(1),
  names: z.array(ListName).min(1),
  country: z.object({ name: z.string(), iso2: z.string().length(2).optional() }).optional(),
  /** End User List concern codes: B, C, M, N (WMD) and CW (conventional weapons). */
  concerns: z.array(z.enum(["B", "C", "M", "N", "CW"])).optional(),
  partyType: z.enum(["entity", "individual", "vessel", "unknown"]).default("entity"),
  address: z.string().optional(),
  /** Legal basis or programme (MOF programme sheet, CSL source, MOFA notice). */
  programme: z.string().optional(),
  /** The notice that designated the entry, with its date, when known. */
  designation: z.object({ notice: z.string().optional(), date: z.string().optional() }).optional(),
  remarks: z.string().optional(),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const ListData = z.object({
  id: ListId,
  /** Version label shown with every result, e.g. "METI-EUL 2025-09-29". */
  version: z.string(),
  provenance: Provenance,
  entries: z.array(ListEntry),
});
export type ListData = z.infer<typeof ListData>;

// ---------------------------------------------------------------------------------------------
// 輸出令 country tables and the 16項 scope

export const LawCountry = z.object({
  /** The name exactly as written in the law. */
  lawName: z.string(),
  /** ISO 3166-1 alpha-2; absent only where the law names something that is no ISO country. */
  iso2: z.string().length(2).optional(),
});
export type LawCountry = z.infer<typeof LawCountry>;

export const CountryTable = z.object({
  /** e.g. "別表第3" */
  id: z.string(),
  title: z.string(),
  /** e-Gov citation, e.g. "輸出貿易管理令別表第三". */
  citation: z.string(),
  countries: z.array(LawCountry),
});
export type CountryTable = z.infer<typeof CountryTable>;

export const ExportOrderData = z.object({
  provenance: Provenance,
  /** Law revision id, e.g. "324CO0000000378_20260214_507CO0000000376". */
  revision: z.string(),
  tables: z.record(z.string(), CountryTable),
  /** 別表第1 16項: HS chapters (two-digit strings) of its goods column. */
  item16Chapters: z.array(z.string()),
  /** 別表第3の3: the small-value (¥50,000) goods, as the law's text describes them. */
  smallValueItems: z.array(z.object({ no: z.string(), text: z.string(), exportOrderItems: z.array(z.string()) })),
  /** 別表第2の3: goods that need an export approval for Russia/Belarus, as structured items. */
  approvalGoodsRuBy: z.array(
    z.object({
      /** e-Gov Num path of the 号 and its sub-items, e.g. "4/40/3" = 第二の二号（４０）（ｉｉｉ）. */
      path: z.string(),
      /** e.g. "輸出貿易管理令別表第二の三第二の二号（４０）（ｉｉｉ）" (titles as the law writes them). */
      citation: z.string().optional(),
      text: z.string(),
      hs: z.array(z.string()),
      /** true for the 号 that refers to 別表第一's list-controlled goods as a whole. */
      listed: z.boolean().optional(),
    }),
  ),
});
export type ExportOrderData = z.infer<typeof ExportOrderData>;

// ---------------------------------------------------------------------------------------------
// 貨物等省令 control-list tree

export const ControlNodeLevel = z.enum(["article", "paragraph", "item", "subitem1", "subitem2", "subitem3", "subitem4", "subitem5", "subitem6"]);
export type ControlNodeLevel = z.infer<typeof ControlNodeLevel>;

export const ControlNode = z.object({
  /** e-Gov Num path, e.g. "6/1/1/14" = 第6条 第1項 第1号 カ (article/paragraph/item/subitem…; カ is the 14th kana in iroha order). */
  id: z.string(),
  parent: z.string().nullable(),
  level: ControlNodeLevel,
  /** Human citation, e.g. "貨物等省令第6条第1号カ". */
  citation: z.string(),
  /** This node's own sentence(s), without its children. */
  text: z.string(),
  /** 輸出令別表第1 item for goods articles, e.g. "7項(1)"; 外為令別表 item for technology articles. */
  exportOrderItem: z.string().optional(),
  kind: z.enum(["goods", "technology", "other"]),
});
export type ControlNode = z.infer<typeof ControlNode>;

export const ControlTree = z.object({
  provenance: Provenance,
  revision: z.string(),
  nodes: z.array(ControlNode),
  /** 第14条の2: HS headings/subheadings of 16項(1), with exclusions as written. */
  item16_1Hs: z.array(
    z.object({
      hs: z.string(),
      excludes: z.array(z.string()).default([]),
      /** Only goods of the heading that relate to these, as written (e.g. 88.07 only for parts of 8802.60 / 88.06). */
      limitedTo: z.array(z.string()).optional(),
      text: z.string(),
      /** Citation of the 号 that lists it, e.g. "貨物等省令第14条の2第4号". */
      citation: z.string().optional(),
    }),
  ),
});
export type ControlTree = z.infer<typeof ControlTree>;
