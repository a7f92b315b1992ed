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
// The script is named relative to the package, not by its absolute path: V8 stores the name in
// the code cache, and the cache ships in the npm package, which must hold no path of the machine
// that built it. (V8 does not check the name when it accepts a cache.)
const script = new vm.Script(Module.wrap(source), { filename: 'alicloud-sandbox/dist/provider/provider.js', cachedData });
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
