import "dotenv/config";
import { runMain } from "./commands/command.js";
import { main } from "./commands/eval.js";

await runMain(main);
