#!/usr/bin/env node
// The jamkoll command: runs the compiled CLI (built by `npm install` through the prepare script).
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(main)) {
  console.error("jamkoll: the command line is not built yet. Run `npm install` (or `npm run build:cli`) in the project folder.");
  process.exit(2);
}
require(main).run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
