/* eslint-disable no-undef */
/* global require, module, process, __dirname */
/**
 * Bundles the add-in: the task pane, the ANPO.* custom functions and the ribbon command all load
 * in taskpane.html (one shared runtime, see manifest.xml). `npm run build` works offline and needs
 * no certificates; only `npm run dev-server` asks office-addin-dev-certs for https on :3000.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources, WebpackError } = require("webpack");
// webpack's own minimizer plugin (a dependency of webpack 5.1xx), driven by the installed esbuild.
const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", { paths: [require.resolve("webpack")] }));

const FUNCTIONS_SOURCE = "./src/excel/functions/functions.ts";

/**
 * Writes functions.ja-JP.json (the manifest's ja-JP override of the functions metadata) from the
 * functions.json that CustomFunctionsMetadataPlugin generated, with the Japanese texts of
 * src/excel/functions/metadata-ja.ts. A function or parameter missing there fails the build.
 */
class JapaneseFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("JapaneseFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "JapaneseFunctionsMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // the metadata plugin already reported why
        try {
          // metadata-ja.ts is TypeScript; tsx loads it without a separate compile step.
          const { localiseMetadata } = require("tsx/cjs/api").require("./src/excel/functions/metadata-ja.ts", __filename);
          const ja = localiseMetadata(JSON.parse(asset.source.source().toString()));
          compilation.emitAsset("functions.ja-JP.json", new sources.RawSource(JSON.stringify(ja, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`JapaneseFunctionsMetadataPlugin: ${e.message}`));
        }
      });
    });
  }
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = !!env.WEBPACK_SERVE;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/excel/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/excel/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    // One webpack runtime for the three entries of the shared page: without it a module imported by
    // both the task pane and the functions (the engine instance, the memo) would exist twice.
    // Modules used by more than one entry (engine, rule data) go to one shared chunk, loaded once.
    optimization: {
      runtimeChunk: "single",
      // esbuild instead of terser: the bundle embeds megabytes of rule data, terser took minutes.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { target: "es2020", charset: "utf8" } })],
      splitChunks: { cacheGroups: { shared: { name: "shared", chunks: "all", minChunks: 2, minSize: 0, priority: 10, enforce: true } } },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new JapaneseFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/excel/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : "http",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
