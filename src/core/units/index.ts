/** Quantities in specs: numbers, units, conversion to canonical units, intervals. */
export { readNumber, normaliseExponents, parseLegalNumber } from "./numbers";
export { CANONICAL_UNIT, convert, readUnit, toCanonical, unitAs, unitDef, type Quantity, type UnitDef } from "./quantities";
export { scanMentions, reinterpret, type Interval, type Mention } from "./mentions";
