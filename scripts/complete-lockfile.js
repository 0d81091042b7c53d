#!/usr/bin/env node
// The npm registry reachable here serves only some platforms' builds of packages that
// ship one optional package per platform (@swc/core-*, @unrs/resolver-binding-*), so
// `npm install` leaves the others out of package-lock.json and `npm ci` then rejects the
// lock file as out of sync. This adds a lock entry for each declared-but-missing
// optional platform package (version, optional, and the os/cpu its name states), so
// npm ci skips them on every other platform, as it would with a complete lock file.
// Run after `npm install` whenever dependencies change.
const fs = require('node:fs');
const file = require('node:path').join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony'];
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64' };
let added = 0;
for (const [key, pkg] of Object.entries({ ...lock.packages })) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`;
    if (lock.packages[at] || lock.packages[`${key}/${at}`]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.map((p) => CPU[p]).find(Boolean);
    if (!os || !cpu) continue; // not a per-platform build: leave it alone
    lock.packages[at] = { version, optional: true, os: [os], cpu: [cpu] };
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional platform entries`);
