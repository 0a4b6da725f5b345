import "dotenv/config";
import { runMain } from "./commands/command.js";
import { main } from "./commands/reindex.js";

await runMain(main);
