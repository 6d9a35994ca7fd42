/**
 * A small Excel workbook model for the Office.js adapter's tests. Every API object handed to the
 * adapter is an office-addin-mock `OfficeMockObject`, so reading a property without `load` +
 * `context.sync()` yields office-addin-mock's "not loaded" / "not synced" value exactly as the real
 * API would fail; writes queued on those objects reach the model only at `context.sync()`.
 */
import { OfficeMockObject } from "office-addin-mock";

type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  notes: Map<string, string>;
  columnWidths: Map<number, number>;
}

const key = (r: number, c: number) => `${r},${c}`;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function parseAddress(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** Mock objects are plain property bags to TypeScript; this is the slice the model touches. */
type Mock = OfficeMockObject & Record<string, unknown>;

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  active = "";
  selection = { sheet: "", row: 0, col: 0, rows: 1, cols: 1 };
  syncs = 0;
  suspendCalls = 0;
  calculations: string[] = [];
  comments: { sheet: string; row: number; col: number; text: string }[] = [];
  /** Objects created during the current Excel.run, synced at each context.sync(). */
  private live: { mock: Mock; commit: () => void }[] = [];

  addSheet(name: string, rows: (Scalar | null)[][] = [], opts: { hidden?: boolean; at?: { row: number; col: number } } = {}): FakeSheet {
    const sheet: FakeSheet = { name, visibility: opts.hidden ? "Hidden" : "Visible", cells: new Map(), notes: new Map(), columnWidths: new Map() };
    this.sheets.set(name, sheet);
    if (!this.active && !opts.hidden) {
      this.active = name;
      this.selection = { sheet: name, row: 0, col: 0, rows: 1, cols: 1 };
    }
    const at = opts.at ?? { row: 0, col: 0 };
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== "" && sheet.cells.set(key(at.row + i, at.col + j), { value: v })));
    return sheet;
  }

  setFormula(sheet: string, row: number, col: number, formula: string, value: Scalar): void {
    this.sheets.get(sheet)!.cells.set(key(row, col), { value, formula });
  }

  value(sheet: string, row: number, col: number): Scalar | null {
    const v = this.sheets.get(sheet)?.cells.get(key(row, col))?.value;
    return v === undefined || v === "" ? null : v;
  }
  cell(sheet: string, row: number, col: number): FakeCell | undefined {
    return this.sheets.get(sheet)?.cells.get(key(row, col));
  }

  /** `Excel.run` over this model. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.live = [];
    const context = this.context();
    const result = await batch(context as unknown as Excel.RequestContext);
    return result;
  };

  // --- the object model ------------------------------------------------------------------------

  private track(mock: Mock, commit: () => void = () => {}): Mock {
    this.live.push({ mock, commit });
    return mock;
  }

  private context(): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const model = this;
    const workbook = {
      application: {
        suspendApiCalculationUntilNextSync: () => void model.suspendCalls++,
        calculate: (type: string) => void model.calculations.push(type),
      },
      comments: {
        add(cell: Mock, text: string) {
          const a = cell.__address as { sheet: string; row: number; col: number };
          model.comments.push({ ...a, text });
        },
      },
      tables: {
        getItem(name: string) {
          const t = model.tables.get(name);
          if (!t) throw new Error(`ItemNotFound: table ${name}`);
          return { getRange: () => model.range(t.sheet, t.row, t.col, t.rows, t.cols) };
        },
      },
      getSelectedRange() {
        const s = model.selection;
        return model.range(s.sheet, s.row, s.col, s.rows, s.cols);
      },
    };
    const ctx = new OfficeMockObject({
      workbook,
      sync: async () => {
        model.syncs++;
        for (const { commit } of model.live) commit();
        for (const { mock } of model.live) await mock.sync();
      },
    }) as Mock;
    // Collections are rebuilt per call so they reflect the model at that moment.
    const wb = ctx.workbook as Mock;
    wb.worksheets = this.worksheets();
    return ctx;
  }

  private worksheets(): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const model = this;
    const coll = {
      load(this: Mock) {
        // office-addin-mock cannot load "items/name" on an array; the names are given as plain objects.
        this.items = [...model.sheets.values()].map((s) => ({ name: s.name }));
        return this;
      },
      getItem(name: string) {
        if (!model.sheets.has(name)) throw new Error(`ItemNotFound: sheet ${name}`);
        return model.sheet(name);
      },
      getItemOrNullObject(name: string) {
        return model.sheets.has(name) ? model.sheet(name) : model.nullObject();
      },
      add(name: string) {
        model.addSheet(name);
        return model.sheet(name);
      },
      getActiveWorksheet() {
        return model.sheet(model.active);
      },
    };
    return new OfficeMockObject(coll) as Mock;
  }

  /** An *OrNullObject result: loadable like the real thing, with every property null. */
  private nullObject(worksheet?: Mock): Mock {
    const props = ["values", "formulas", "rowIndex", "columnIndex", "rowCount", "columnCount", "content", "name", "visibility"];
    const m = new OfficeMockObject(Object.fromEntries(props.map((p) => [p, undefined]))) as Mock;
    m.isNullObject = true; // available after sync without load, as in Office.js
    if (worksheet) m.worksheet = worksheet;
    return this.track(m);
  }

  readonly tables = new Map<string, { sheet: string; row: number; col: number; rows: number; cols: number }>();

  private sheet(name: string): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const model = this;
    const s = this.sheets.get(name)!;
    const ws = new OfficeMockObject({
      name: s.name,
      visibility: s.visibility,
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => model.range(name, r, c, h, w),
      getCell: (r: number, c: number) => model.range(name, r, c, 1, 1),
      getUsedRangeOrNullObject: () => {
        const box = model.usedBox(s);
        return box ? model.range(name, box.row, box.col, box.rows, box.cols) : model.nullObject(model.sheet(name));
      },
      activate: () => void (model.active = name),
      notes: {
        getItemOrNullObject(address: string) {
          const { row, col } = parseAddress(address);
          const k = key(row, col);
          if (!s.notes.has(k)) return model.nullObject();
          const note = new OfficeMockObject({ content: s.notes.get(k)! }) as Mock;
          note.isNullObject = false;
          const loaded = note.content;
          return model.track(note, () => {
            if (typeof note.content === "string" && note.content !== loaded && !note.content.startsWith("Error,")) s.notes.set(k, note.content);
          });
        },
        add(cell: Mock, text: string) {
          const a = cell.__address as { row: number; col: number };
          if (s.notes.has(key(a.row, a.col))) throw new Error("InvalidArgument: the cell already has a note");
          s.notes.set(key(a.row, a.col), text);
        },
      },
    }) as Mock;
    ws.isNullObject = false;
    const initial = ws.visibility;
    return this.track(ws, () => {
      if ((ws.visibility === "Hidden" || ws.visibility === "Visible") && ws.visibility !== initial) s.visibility = ws.visibility as FakeSheet["visibility"];
    });
  }

  private usedBox(s: FakeSheet): { row: number; col: number; rows: number; cols: number } | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const [k, c] of s.cells) {
      if (c.value === "" && !c.formula) continue;
      const [r, col] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Excel's CurrentRegion around a cell. */
  private region(s: FakeSheet, row: number, col: number) {
    const filled = (r: number, c: number) => r >= 0 && c >= 0 && (s.cells.get(key(r, c))?.value ?? "") !== "";
    let top = row, bottom = row, left = col, right = col, grew = true;
    const any = (r0: number, r1: number, c0: number, c1: number) => {
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
      return false;
    };
    while (grew) {
      grew = false;
      if (top > 0 && any(top - 1, top - 1, left - 1, right + 1)) {
        top--;
        grew = true;
      }
      if (any(bottom + 1, bottom + 1, left - 1, right + 1)) {
        bottom++;
        grew = true;
      }
      if (left > 0 && any(top - 1, bottom + 1, left - 1, left - 1)) {
        left--;
        grew = true;
      }
      if (any(top - 1, bottom + 1, right + 1, right + 1)) {
        right++;
        grew = true;
      }
    }
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  private range(sheet: string, row: number, col: number, rows: number, cols: number): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const model = this;
    const s = this.sheets.get(sheet)!;
    const grid = <T>(f: (c: FakeCell | undefined) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(s.cells.get(key(row + i, col + j)))));
    const values = grid((c) => c?.value ?? "");
    const formulas = grid((c) => c?.formula ?? c?.value ?? "");
    const numberFormat = grid((c) => c?.numberFormat ?? "General");
    const m = new OfficeMockObject({
      values,
      formulas,
      numberFormat,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      format: { fill: { color: "#FFFFFF" }, font: { bold: false, color: "#000000" }, columnWidth: 48 },
      getCell: (i: number, j: number) => model.range(sheet, row + i, col + j, 1, 1),
      getSurroundingRegion: () => {
        const b = model.region(s, row, col);
        return model.range(sheet, b.row, b.col, b.rows, b.cols);
      },
      getEntireColumn: () => model.range(sheet, 0, col, 1, cols),
      select: () => void (model.selection = { sheet, row, col, rows, cols }),
    }) as Mock;
    m.isNullObject = false;
    m.__address = { sheet, row, col };
    m.worksheet = this.sheet(sheet);
    const format = m.format as Mock;
    const fill = format.fill as Mock;
    const font = format.font as Mock;
    // Compare against the arrays given to the mock: a load + sync hands back these same arrays.
    const before = { values: values as unknown, numberFormat: numberFormat as unknown, fill: fill.color, bold: font.bold, fontColor: font.color, width: format.columnWidth };
    const each = (f: (c: FakeCell, i: number, j: number) => void) => {
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const k = key(row + i, col + j);
          const cell = s.cells.get(k) ?? { value: "" };
          f(cell, i, j);
          s.cells.set(k, cell);
        }
    };
    return this.track(m, () => {
      if (m.numberFormat !== before.numberFormat && Array.isArray(m.numberFormat)) {
        const nf = m.numberFormat as string[][];
        each((c, i, j) => (c.numberFormat = nf[i][j]));
        before.numberFormat = nf;
      }
      if (m.values !== before.values && Array.isArray(m.values)) {
        const v = m.values as Scalar[][];
        each((c, i, j) => {
          const x = v[i][j];
          delete c.formula;
          // Like Excel: a leading apostrophe marks text and is not part of the value.
          c.value = typeof x === "string" && x.startsWith("'") ? x.slice(1) : typeof x === "string" && x.startsWith("=") ? ((c.formula = x), "") : x;
        });
        before.values = v;
      }
      if (fill.color !== before.fill) {
        each((c) => (c.fill = fill.color as string));
        before.fill = fill.color;
      }
      if (font.bold !== before.bold) {
        each((c) => (c.bold = font.bold as boolean));
        before.bold = font.bold;
      }
      if (font.color !== before.fontColor) {
        each((c) => (c.fontColor = font.color as string));
        before.fontColor = font.color;
      }
      if (format.columnWidth !== before.width) {
        for (let j = 0; j < cols; j++) s.columnWidths.set(col + j, format.columnWidth as number);
        before.width = format.columnWidth;
      }
    });
  }
}
