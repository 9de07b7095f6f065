// One loader (ts-loader) for every TypeScript file; type errors are caught by `npm run typecheck`, so the
// loader only transpiles and the build stays fast on two cores.
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devPort = Number(process.env.npm_package_config_dev_server_port || 3000);
const localUrl = `https://localhost:${devPort}/`;
// Where the add-in is hosted in production; the manifest in dist/ points there.
const productionUrl = process.env.ADDIN_URL || localUrl;
// Office 365 operated by 21Vianet in China serves office.js from its own CDN: make it a build setting.
const officeJsUrl = process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Office's dev certificates, when `npx office-addin-dev-certs install` has made them (Windows/macOS sideloading). */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, file]) => [k, fs.readFileSync(path.join(dir, file))]));
}

/**
 * Writes entry-files.json: every script file an entry can load, its own and the chunks it imports on demand, so the
 * bench can weigh what the task pane really costs (`npm run bench`, taskpane.bundle.gzip).
 */
class EntryFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EntryFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EntryFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const files = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            const found = new Set();
            const seen = new Set();
            const visit = (group) => {
              if (seen.has(group)) return;
              seen.add(group);
              for (const chunk of group.chunks)
                for (const file of chunk.files) if (file.endsWith(".js")) found.add(file);
              for (const child of group.getChildren()) visit(child);
            };
            visit(entrypoint);
            files[name] = [...found].sort();
          }
          compilation.emitAsset(
            "entry-files.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(files, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const https = production ? null : devHttpsOptions();
  return {
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The browser workbench (simulated Excel beside the pane) for machines without Excel; its own chunk, so the
      // add-in's pages never load the simulator.
      workbench: "./src/workbench/page/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new EntryFilesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/page/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().replaceAll(localUrl, productionUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: devPort,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
