import "dotenv/config";
import { runMain } from "./commands/command.js";
import { main } from "./commands/sync.js";

await runMain(main);
