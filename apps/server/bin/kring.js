#!/usr/bin/env node
// The `kring` command of the installed package. The server ships as TypeScript source, so the
// command registers tsx's loader in this process and then runs the CLI itself.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/kring.ts");
