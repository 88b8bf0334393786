// Builds the task pane (dist/) and, with --env demo, the browser demo (dist-demo/).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { readDeploySettings } = require("./scripts/deploy/settings.cjs");
const { contentSecurityPolicy, OFFICE_JS_CDN_URL, OFFICE_JS_LOCAL_DIR } = require("./scripts/deploy/headers.cjs");
const { DeploymentPlugin } = require("./scripts/deploy/webpack-plugin.cjs");

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const demo = Boolean(env.demo);
  const tsRule = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } };
  const common = {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
  if (demo) {
    return {
      ...common,
      entry: { demo: "./demo/index.tsx" },
      output: { path: path.resolve(__dirname, "dist-demo"), filename: "[name].[contenthash:8].js", clean: true },
      resolve: { ...common.resolve, fallback: { fs: false, path: false } },
      plugins: [
        new DefinePlugin({ JAMKOLL_GUIDANCE_URL: JSON.stringify("") }),
        new HtmlWebpackPlugin({ filename: "index.html", template: "./demo/index.html", chunks: ["demo"] }),
        new CopyWebpackPlugin({
          patterns: [
            { from: "test/fixtures/*.docx", to: "corpus/[name][ext]" },
            { from: "assets", to: "assets" },
            { from: "src/guidance/default-pack.json", to: "guidance/latest.json" },
          ],
        }),
      ],
    };
  }
  // A deployment build (JAMKOLL_BASE_URL, JAMKOLL_ENV, JAMKOLL_OFFICEJS, JAMKOLL_GUIDANCE_URL,
  // JAMKOLL_APP_DOMAINS; see docs/deployment.md) or, without JAMKOLL_BASE_URL, the developers' build.
  const deploy = readDeploySettings(process.env, require("./package.json").version);
  if (!deploy.ok) {
    console.error(`Jämkoll: cannot build for deployment:\n  - ${deploy.errors.join("\n  - ")}`);
    process.exit(1);
  }
  const settings = deploy.settings;
  const officeJsDir = path.resolve(__dirname, "node_modules", "@microsoft", "office-js", "dist");
  if (settings.officeJs === "local" && !require("fs").existsSync(path.join(officeJsDir, "office.js"))) {
    console.error(`Jämkoll: JAMKOLL_OFFICEJS=local needs the npm package @microsoft/office-js (${officeJsDir} is missing): run npm install.`);
    process.exit(1);
  }
  // What the pages load and allow: Office.js from the CDN or beside the pane, and the same CSP the server sends (minus frame-ancestors).
  const pages = {
    officeJs: settings.officeJs === "local" ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN_URL,
    csp: contentSecurityPolicy({ officeJs: settings.officeJs, guidanceOrigin: settings.guidanceOrigin, meta: true }),
  };
  return {
    ...common,
    // No eval-based source maps: the pages' CSP allows no eval, in development as in production.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    // The pane parses the review record with the browser's DOMParser (src/review/xml.ts).
    resolve: { ...common.resolve, alias: { "@xmldom/xmldom": false } },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
    externals: {},
    plugins: [
      // Where panes fetch the published guidance: JAMKOLL_GUIDANCE_URL at build time, else guidance/latest.json beside the pane.
      new DefinePlugin({ JAMKOLL_GUIDANCE_URL: JSON.stringify(process.env.JAMKOLL_GUIDANCE_URL ?? "") }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], inject: false, jamkoll: pages }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false, jamkoll: pages }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/taskpane/commands.html", chunks: [], inject: false, jamkoll: pages }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // A deployment build writes the manifest generated for its base (DeploymentPlugin).
          ...(settings.baseUrl ? [] : [{ from: "manifest.xml", to: "manifest.xml" }]),
          { from: "src/guidance/default-pack.json", to: "guidance/latest.json" },
          // Static page scripts, as written (ES5, so that old Office can run old-office.js): not minified.
          { from: "src/taskpane/scripts/*.js", to: "scripts/[name][ext]", info: { minimized: true } },
          // Office.js copied unmodified (less its debug builds and typings), for networks that block Microsoft's CDN.
          ...(settings.officeJs === "local" ? [{ from: officeJsDir, to: OFFICE_JS_LOCAL_DIR, globOptions: { ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts"] }, info: { minimized: true } }] : []),
        ],
      }),
      ...(settings.baseUrl ? [new DeploymentPlugin({ settings, root: __dirname })] : []),
    ],
    devServer: { port: 3000, static: { directory: path.resolve(__dirname, "dist") }, headers: { "Access-Control-Allow-Origin": "*" } },
  };
};
