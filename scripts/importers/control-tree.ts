/** Importer of the 貨物等省令 control-list tree (in progress). */
import type { ControlTree } from "../../src/core/data/schemas";
import { ImportError, type SourceFile } from "./common";

export async function importControlTree(file: SourceFile): Promise<ControlTree> {
  throw new ImportError(`control-tree importer not implemented yet (${file.name})`);
}
