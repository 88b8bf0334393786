// Builds the task pane (dist/) and, with --env demo, the browser demo (dist-demo/).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");

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
  return {
    ...common,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    // The pane parses the review record with the browser's DOMParser (src/review/xml.ts).
    resolve: { ...common.resolve, alias: { "@xmldom/xmldom": false } },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
    externals: {},
    plugins: [
      // Where panes fetch the published guidance: JAMKOLL_GUIDANCE_URL at build time, else guidance/latest.json beside the pane.
      new DefinePlugin({ JAMKOLL_GUIDANCE_URL: JSON.stringify(process.env.JAMKOLL_GUIDANCE_URL ?? "") }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], inject: false }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/taskpane/commands.html", chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/guidance/default-pack.json", to: "guidance/latest.json" },
        ],
      }),
    ],
    devServer: { port: 3000, static: { directory: path.resolve(__dirname, "dist") }, headers: { "Access-Control-Allow-Origin": "*" } },
  };
};
