#!/usr/bin/env node
// The `tetra-fuzz` executable: `node tools/fuzz/dist/cli.js --seed 1 --count 500`.
import { fuzzMain } from "./cli-main.js";

process.exitCode = await fuzzMain(process.argv.slice(2));
