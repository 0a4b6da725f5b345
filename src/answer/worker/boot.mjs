// A worker thread does not inherit tsx from the main thread: register it, then load the TypeScript entry.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
