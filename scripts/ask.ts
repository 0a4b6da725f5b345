import "dotenv/config";
import { main } from "./commands/ask.js";
import { runMain } from "./commands/command.js";

await runMain(main);
