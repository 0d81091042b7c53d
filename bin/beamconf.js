#!/usr/bin/env node
// The beamconf CLI (compiled from harness/cli.ts by `npm run build`).
require('../dist/harness/cli.js').main(process.argv);
