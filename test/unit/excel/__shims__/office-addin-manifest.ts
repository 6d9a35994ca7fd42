/**
 * office-addin-mock needs only the `OfficeApp` enum of office-addin-manifest, but importing that
 * package's main module pulls @microsoft/app-manifest → strip-bom 5, which is ESM-only and cannot
 * be required by jest on Node 20. Tests replace the package with this CommonJS-safe slice:
 *   jest.mock("office-addin-manifest", () => jest.requireActual("./__shims__/office-addin-manifest"));
 */
export { OfficeApp } from "office-addin-manifest/lib/officeApp";
