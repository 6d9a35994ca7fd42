/** 判定書マスタ: the company's recorded 該非判定 per part, applied in place of the rule engine's. */
export { Determination, DeterminationStatus, DeterminationStore, emptyDeterminationStore } from "./schema";
export { normalisePart, normaliseSpec } from "./normalise";
export { recordDetermination, findDeterminations, determinationIndex, issueMessages, FIELD_LABELS, type RecordResult } from "./record";
export { applyDetermination, appliedDetermination, determinationContext, DETERMINATION_FLAG, type DeterminationContext } from "./apply";
export { parseMasterRows, MASTER_HEADERS, type MasterParse, type MasterRowError } from "./master";
