// The answer thread's entry when the TypeScript sources run (the tests): a worker thread does not inherit
// the test runner's loader, so tsx is registered first. The compiled app (dist/) starts answerWorker.js directly.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
