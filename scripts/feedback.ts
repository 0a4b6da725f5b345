import { config as loadDotenv } from "dotenv";
import { runMain } from "./commands/command.js";
import { main } from "./commands/feedback.js";

loadDotenv({ quiet: true });
await runMain(main);
