/**
 * Registers the prebuilt snapshots of the bundled lists (rules/party-index, written by
 * `npm run rules:build`). Imported once by the bundle loader (src/core/data/bundled.ts) next to the
 * lists themselves; a snapshot is only ever used for the exact list it was built from (prebuilt.ts).
 */
import { registerPrebuiltLists, type ListIndexSnapshot } from "./prebuilt";
import eul from "../../../rules/party-index/meti-eul.json";
import ru from "../../../rules/party-index/meti-ru.json";
import by from "../../../rules/party-index/meti-by.json";
import third from "../../../rules/party-index/meti-3rd.json";
import mof from "../../../rules/party-index/mof-freeze.json";

registerPrebuiltLists([eul, ru, by, third, mof] as unknown as ListIndexSnapshot[]);
