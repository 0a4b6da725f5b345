import "dotenv/config";
import { runMain } from "./commands/command.js";
import { main } from "./commands/excerpts.js";

await runMain(main);
