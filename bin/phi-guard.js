#!/usr/bin/env node
// The phi-guard command. The sources are TypeScript; tsx compiles them on the fly (and caches), so
// the command works straight from a checkout with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
