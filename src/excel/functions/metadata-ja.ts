/**
 * Japanese metadata of the ANPO.* functions (functions.ja-JP.json, the manifest's ja-JP override
 * of the functions metadata URL). Function names stay the same in every locale, so a workbook
 * written in Japanese Excel (=ANPO.CLASSIFY(B2)) works everywhere; descriptions are Japanese.
 *
 * The build fails when a function or parameter of functions.ts is missing here, or when this table
 * names one that no longer exists — a half-translated function list is never shipped.
 */

export interface FunctionJa {
  description: string;
  parameters: Record<string, string>;
  result?: string;
}

export const FUNCTIONS_JA: Record<string, FunctionJa> = {
  CLASSIFY: {
    description: "製品の仕様を輸出令別表第1・貨物等省令に照らして該非判定します (該当 / 非該当 / 要確認)。",
    parameters: {
      spec: "製品の仕様 (例: 「5軸マシニングセンタ 位置決め精度 4µm」)。",
      field: "結果の一部だけを返します: status, item (項番), citation (根拠条項), missing (不足パラメータ), reason, catch_all, flags, version, as_of。省略時は概要。",
      as_of: "判定の基準日 (yyyy-mm-dd または日付セル)。省略時は今日。",
    },
  },
  ENDUSER_RISK: {
    description: "顧客・需要者を外国ユーザーリスト等 (経済産業省・財務省のリスト) と照合します (該当あり / 要確認 / 該当なし)。",
    parameters: {
      name: "顧客・需要者の名称。",
      country: "需要者の国 (国名または ISO コード)。照合を絞り込みます。",
      field: "結果の一部だけを返します: status, list, entry (掲載番号), name, score, country, concerns (懸念区分), reason, count, version。省略時は概要。",
    },
  },
  DESTINATION: {
    description: "仕向地の国を特定し、該当する輸出令の別表 (別表第3・第3の2・第4 等) を返します。",
    parameters: {
      country: "国名または ISO コード。",
      field: "結果の一部だけを返します: status, iso2, name, group (グループ), tables (別表), notes, version。省略時は概要。",
    },
  },
  SCREEN: {
    description: "リスト規制・需要者・仕向地・キャッチオール規制を合わせて輸出許可の要否を判定します。",
    parameters: {
      spec: "製品の仕様。",
      country: "仕向地 (国名または ISO コード)。",
      customer: "顧客・需要者の名称。",
      hs: "貨物の HS コード (キャッチオール規制の対象範囲の判定に使用)。",
      value_jpy: "契約金額 (円)。数値または「1,200,000」のような文字列 (少額特例の判定に使用)。",
      field: "結果の一部だけを返します: verdict (許可要否), reason, codes, citation, classification, item, party, destination, group, tables。省略時は概要。",
    },
  },
  LISTS: {
    description: "判定に使用中のリストと規則データの版 (名称・発行元・日付・施行日・件数・sha256) を表で返します。",
    parameters: {},
  },
};

/** The parts of functions.json this step reads and rewrites. */
export interface FunctionsMetadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[]; [k: string]: unknown }[];
  [k: string]: unknown;
}

/** Writes the Japanese descriptions into a copy of the generated metadata; throws listing every gap. */
export function localiseMetadata(metadata: FunctionsMetadata, table: Record<string, FunctionJa> = FUNCTIONS_JA): FunctionsMetadata {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`metadata-ja.ts names ${id}, which functions.ts does not define`);
  const functions = metadata.functions.map((f) => {
    const ja = table[f.id];
    if (!ja) {
      problems.push(`${f.id}: no Japanese description in metadata-ja.ts`);
      return f;
    }
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of Object.keys(ja.parameters)) if (!names.has(p)) problems.push(`${f.id}: metadata-ja.ts describes parameter "${p}", which the function does not have`);
    const parameters = f.parameters.map((p) => {
      const text = ja.parameters[p.name];
      if (!text) problems.push(`${f.id}: parameter "${p.name}" has no Japanese description`);
      return { ...p, description: text ?? p.description };
    });
    return { ...f, description: ja.description, parameters };
  });
  if (problems.length) throw new Error(`functions.ja-JP.json: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}
