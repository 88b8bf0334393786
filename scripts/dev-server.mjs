// Serves the pane on https://localhost:3000 for Word on the web or desktop sideloading.
// Uses office-addin-dev-certs' certificate when it is (or can be) installed; otherwise makes a
// self-signed certificate in .certs/ (git-ignored) with openssl and says so. Never commits a key.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const opts = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 20000)),
    ]);
    console.log("dev-server: using office-addin-dev-certs' certificate.");
    return { key: opts.key, cert: opts.cert, ca: opts.ca };
  } catch (e) {
    const dir = join(root, ".certs");
    const key = join(dir, "localhost.key");
    const cert = join(dir, "localhost.crt");
    if (!existsSync(key) || !existsSync(cert)) {
      mkdirSync(dir, { recursive: true });
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "365", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert], { stdio: "ignore" });
    }
    console.log(`dev-server: office-addin-dev-certs could not install its certificate here (${e.message}).`);
    console.log(`dev-server: using a self-signed certificate in ${dir} (not committed). Open https://localhost:3000/taskpane.html once and trust it in your browser.`);
    return { key: readFileSync(key), cert: readFileSync(cert) };
  }
}

const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const config = require(join(root, "webpack.config.js"))({}, { mode: "development" });
const server = new WebpackDevServer({ ...config.devServer, server: { type: "https", options: await httpsOptions() } }, webpack(config));
await server.start();
console.log("dev-server: https://localhost:3000/taskpane.html");
