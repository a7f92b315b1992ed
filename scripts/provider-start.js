'use strict';
/*
 * Start-up shim for the bundled provider (copied to dist/provider/start.js by the build).
 *
 * Terraform starts a fresh provider process for every command walk, so start-up time counts.
 * This shim runs provider.js through vm.Script with V8's code cache (provider.js.cache, written
 * by the build), which skips parsing and compiling most of the 1 MB bundle. A missing or stale
 * cache is simply ignored by V8, and then the bundle compiles as usual.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const file = path.join(__dirname, 'provider.js');
const cacheFile = file + '.cache';
const source = fs.readFileSync(file, 'utf8');
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch (_) {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
const wrapper = script.runInThisContext();
wrapper.call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, __dirname);

const out = process.env.ALICLOUD_PROVIDER_WRITE_CODE_CACHE;
if (out) {
  // Build time only: after start-up has compiled the hot functions, save them, then leave.
  setTimeout(() => {
    fs.writeFileSync(out, script.createCachedData());
    process.exit(0);
  }, 1500);
}
