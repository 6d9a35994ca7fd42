/**
 * The 貨物等省令 importer on the real e-Gov files (../shared/data/law): tree counts, citations and
 * the 輸出令別表第一 / 外為令別表 item of each node checked against the law text, 第十四条の二's HS
 * list, and that rules/law/control-tree.json is its output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ImportError, toJson } from "../../../scripts/importers/common";
import { goodsHead, importControlTree, matchSub, tableRef } from "../../../scripts/importers/control-tree";
import { CONTROL_LIST_FILE, EXPORT_ORDER_FILE } from "../../../scripts/importers/law-steps";
import type { ControlNode, ControlTree } from "../../../src/core/data/schemas";

const DATA = join(__dirname, "../../../../shared/data");
const ROOT = join(__dirname, "../../..");
const read = (rel: string) => ({ name: rel.split("/").pop()!, bytes: new Uint8Array(readFileSync(join(DATA, rel))) });
const file = read(CONTROL_LIST_FILE);
const exportOrder = read(EXPORT_ORDER_FILE);

let tree: ControlTree;
let byCitation: Map<string, ControlNode>;
beforeAll(async () => {
  tree = await importControlTree(file, exportOrder);
  byCitation = new Map(tree.nodes.map((n) => [n.citation, n]));
});

const node = (citation: string) => {
  const n = byCitation.get(citation);
  if (!n) throw new Error(`no node ${citation}`);
  return n;
};

describe("tree counts (as SOURCES.md states them)", () => {
  test("32 articles, 84 paragraphs, 538 号, 2,663 sub-items", () => {
    const count = (p: (n: ControlNode) => boolean) => tree.nodes.filter(p).length;
    expect(count((n) => n.level === "article")).toBe(32);
    expect(count((n) => n.level === "paragraph")).toBe(84);
    expect(count((n) => n.level === "item")).toBe(538);
    expect(count((n) => n.level.startsWith("subitem"))).toBe(2663);
    expect(tree.provenance.counts).toMatchObject({ articles: 32, paragraphs: 84, items: 538, subitems: 2663, 第6条: 506 });
  });

  test("ids are unique Num paths and every parent exists and comes first", () => {
    const seen = new Set<string>();
    for (const n of tree.nodes) {
      expect(seen.has(n.id)).toBe(false);
      if (n.parent !== null) {
        expect(seen.has(n.parent)).toBe(true);
        expect(n.id.startsWith(`${n.parent}/`)).toBe(true);
      }
      seen.add(n.id);
    }
  });

  test("articles 第2条の2, 第14条の2, 第15条の2, 第15条の3 carry Num 2_2 …; paragraphs are explicit", () => {
    expect(tree.nodes.filter((n) => n.level === "article").map((n) => n.id)).toEqual(expect.arrayContaining(["2_2", "14_2", "15_2", "15_3"]));
    expect(node("貨物等省令第2条の2").id).toBe("2_2");
    expect(node("貨物等省令第6条第1号カ").id).toBe("6/1/1/14");
    expect(node("貨物等省令第6条第17号ヲ").id).toBe("6/1/17/12");
  });
});

describe("citations and 輸出令別表第一 items checked against the law text", () => {
  const cases: [string, string, RegExp][] = [
    ["貨物等省令第6条第1号カ", "7項(1)", /^相補型金属酸化膜半導体集積回路/],
    ["貨物等省令第6条第5号", "7項(6)", /^セル/],
    ["貨物等省令第6条第7号", "7項(5)", /超電導電磁石/],
    ["貨物等省令第6条第17号", "7項(16)", /^半導体素子、集積回路若しくは半導体物質の製造用の装置/],
    ["貨物等省令第6条第17号ヲ", "7項(16)", /ステップアンドリピート方式/],
    ["貨物等省令第7条第6号イ", "8項", /^量子計算機/],
    ["貨物等省令第1条第14号", "2項(12)", /^工作機械/],
    ["貨物等省令第4条第15号", "5項(18)", /^繊維又はこれを使用したプリプレグ/],
    ["貨物等省令第5条第2号", "6項(2)", /^工作機械/],
    ["貨物等省令第1条第1号イ", "2項(1)", /^ウラン又はその化合物$/],
    ["貨物等省令第2条の2第2項第1号", "3の2項(2)", /^物理的封じ込めに用いられる装置/],
    ["貨物等省令第13条第3項", "14項(3)", /ディーゼルエンジン/],
    ["貨物等省令第13条第8項", "14項(11)", /^爆発物を自動的に探知し/],
    ["貨物等省令第14条の2第3号", "16項(1)", /第八五・四二項/],
    ["貨物等省令第9条第10号の2", "10項(8の2)", /^レーザー光を利用して音声を探知する装置/],
  ];
  test.each(cases)("%s → %s", (citation, item, text) => {
    const n = node(citation);
    expect(n.exportOrderItem).toBe(item);
    expect(n.text).toMatch(text);
    expect(n.kind).toBe("goods");
  });

  test("technology articles cite the 外為令別表 item their text names", () => {
    const p = node("貨物等省令第19条第3項");
    expect(p.text).toMatch(/^外為令別表の七の項（三）/);
    expect(node("貨物等省令第19条第3項第7号")).toMatchObject({ id: "19/3/7", exportOrderItem: "7項(3)", kind: "technology" });
    expect(node("貨物等省令第15条の2")).toMatchObject({ exportOrderItem: "3項(2)", kind: "technology" });
    expect(node("貨物等省令第24条第3項").exportOrderItem).toBe("12項(3)"); // written 「十二の項」, not 「一二の項」
    expect(node("貨物等省令第28条").exportOrderItem).toBe("16項");
  });

  test("第N項 is written only when the article has more than one paragraph", () => {
    expect(byCitation.has("貨物等省令第6条第1項第1号")).toBe(false);
    expect(node("貨物等省令第6条第1号").id).toBe("6/1/1");
    expect(node("貨物等省令第2条第1項第1号").id).toBe("2/1/1");
  });

  test("sub-levels follow the XML titles: （一）, １, 一 …", () => {
    const deep = tree.nodes.filter((n) => n.level === "subitem3" && n.id.startsWith("6/1/1/"));
    expect(deep.length).toBeGreaterThan(0);
    expect(deep[0].citation).toMatch(/^貨物等省令第6条第1号[イロハニホヘトチリヌルヲワカ]+（[一二三四五六七八九十]+）[１-９]/);
  });

  test("items propagate to descendants; deleted 号 implement nothing", () => {
    for (const n of tree.nodes.filter((x) => x.level.startsWith("subitem"))) {
      const parent = tree.nodes.find((p) => p.id === n.parent)!;
      expect(n.exportOrderItem).toBe(parent.exportOrderItem);
    }
    expect(node("貨物等省令第1条第12号及び第13号")).toMatchObject({ text: "削除", exportOrderItem: undefined });
  });

  test("every live goods 号 has at least its 項; articles 1–14の2 goods, 15– technology", () => {
    for (const n of tree.nodes) {
      if (n.level === "article") expect(n.kind).toBe(Number(n.id.split("_")[0]) <= 14 ? "goods" : "technology");
      if (n.level === "item" && n.text !== "削除") expect(n.exportOrderItem).toMatch(/^\d+(の\d+)?項(\(\d+(の\d+)?\))?$/);
    }
  });

  test("unclear wording stays at the 項 instead of guessing an (n)", () => {
    // 第3条第1号の3 (aerosol-spraying UAV) matches no 4項 (n) clearly.
    expect(node("貨物等省令第3条第1号の3").exportOrderItem).toBe("4項");
    expect(tree.provenance.counts.itemsAtItemOnly).toBeGreaterThan(0);
  });
});

describe("第十四条の二 (16項(1)) HS list", () => {
  test("84.56–84.61, 85.26, 85.42 excluding 8542.90, 8802.60, 88.06, 88.07 parts, 9014.20/.80, 9027.50, 9030.20/.32/.39", () => {
    expect(tree.item16_1Hs.map((h) => h.hs)).toEqual(["84.56", "84.57", "84.58", "84.59", "84.60", "84.61", "85.26", "85.42", "8802.60", "88.06", "88.07", "9014.20", "9014.80", "9027.50", "9030.20", "9030.32", "9030.39"]);
    expect(tree.item16_1Hs.find((h) => h.hs === "85.42")?.excludes).toEqual(["8542.90"]);
    expect(tree.item16_1Hs.find((h) => h.hs === "88.07")?.limitedTo).toEqual(["8802.60", "88.06"]);
    expect(tree.item16_1Hs.find((h) => h.hs === "84.56")?.citation).toBe("貨物等省令第14条の2第1号");
  });
});

describe("matching helpers", () => {
  test("table references read both numeral styles", () => {
    expect(tableRef("輸出令別表第一の三の二の項（一）の経済産業省令")).toEqual({ item: "3の2", sub: "1" });
    expect(tableRef("外為令別表の一〇の項（六）の")).toEqual({ item: "10", sub: "6" });
    expect(tableRef("爆発物を自動的に探知し")).toBeUndefined();
  });

  test("the goods name is the words before であって, without asides", () => {
    expect(goodsHead("集積回路（モノリシック集積回路を含む。）であって、次のいずれかに該当するもの")).toBe("集積回路");
  });

  test("matchSub prefers the (n) whose goods name the 号 repeats", () => {
    const subs = [
      { sub: "1", text: "集積回路", parts: ["集積回路"] },
      { sub: "16", text: "半導体素子、集積回路若しくは半導体物質の製造用の装置", parts: ["半導体素子、集積回路若しくは半導体物質の製造用の装置"] },
    ];
    expect(matchSub("半導体素子、集積回路若しくは半導体物質の製造用の装置であって", subs)?.sub).toBe("16");
    expect(matchSub("集積回路であって、次のいずれかに該当するもの", subs)?.sub).toBe("1");
  });
});

describe("provenance and determinism", () => {
  test("revision, dates and sha256", () => {
    expect(tree.revision).toBe("403M50000400049_20260214");
    expect(tree.provenance).toMatchObject({ effective: "2026-02-14", dataDate: "2025-11-14" });
    expect(tree.provenance.sha256.startsWith("f7ec267a")).toBe(true);
    expect(tree.provenance.sha256.endsWith("9873")).toBe(true);
  });

  test("the same files import to identical JSON, equal to the committed rules/law/control-tree.json", async () => {
    const again = await importControlTree(file, exportOrder);
    expect(toJson(again)).toBe(toJson(tree));
    expect(readFileSync(join(ROOT, "rules/law/control-tree.json"), "utf8")).toBe(toJson(tree));
  });

  test("a different law is refused", async () => {
    await expect(importControlTree({ ...exportOrder, name: file.name }, exportOrder)).rejects.toThrow(ImportError);
  });
});
