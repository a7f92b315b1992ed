#!/usr/bin/env node
'use strict';
// The package's bin: runs the compiled CLI (dist/cli/main.js). In a clone, `npm ci` builds dist
// (the prepare script); without it this says what to run instead.
const path = require('node:path');
const fs = require('node:fs');

const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write(`alicloud-sandbox: ${compiled} is missing; in a clone of the repo run npm run build first.\n`);
  process.exit(1);
}
require(compiled).run();
