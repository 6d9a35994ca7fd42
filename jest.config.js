/** jest: "unit" = core, CLI, importers, functions, adapters, components (node or jsdom per file);
 *  "browser" = the built task pane in headless Chromium (needs `npm run build` first). */
const tsJest = ["ts-jest", { tsconfig: { isolatedModules: true, jsx: "react-jsx", module: "commonjs", esModuleInterop: true, resolveJsonModule: true, allowJs: true } }];
const common = {
  transform: { "^.+\\.(t|j)sx?$": tsJest },
  transformIgnorePatterns: ["/node_modules/(?!(wanakana|opencc-js)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"] },
    { ...common, displayName: "browser", testEnvironment: "node", testMatch: ["<rootDir>/test/browser/**/*.test.ts"] },
  ],
};
