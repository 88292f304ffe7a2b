#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so there is no separate server build step (docs/adr/0002).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
