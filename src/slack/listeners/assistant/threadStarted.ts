import type { AssistantThreadStartedMiddleware } from "@slack/bolt";
import { EXAMPLE_QUESTIONS, GREETING } from "../../render/messages.js";
import { truncate } from "../../render/mrkdwn.js";

/** A new assistant thread: the greeting and a few example questions to click. */
export const threadStarted: AssistantThreadStartedMiddleware = async ({ say, setSuggestedPrompts, logger }) => {
  try {
    await say(GREETING);
    await setSuggestedPrompts({
      title: "Try asking",
      prompts: EXAMPLE_QUESTIONS.slice(0, 4).map((q) => ({ title: truncate(q, 60), message: q })),
    });
  } catch (error) {
    logger.warn(`could not greet the assistant thread: ${(error as Error).message}`);
  }
};
