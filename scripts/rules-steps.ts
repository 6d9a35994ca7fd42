/** The steps of `npm run rules:build`, in order. Each importer adds its step here. */
import type { BuildStep } from "./rules-build";
import { lawSteps } from "./importers/law-steps";
import { listSteps } from "./importers/lists-steps";
import { paramsSteps } from "./importers/params-steps";
import { partyIndexSteps } from "./importers/party-index";

export const steps: BuildStep[] = [
  ...lawSteps,
  ...listSteps,
  ...partyIndexSteps,
  ...paramsSteps,
];
