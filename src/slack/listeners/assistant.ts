import { Assistant, type AssistantConfig } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { cleanQuestion } from "../question.js";
import { EXAMPLE_QUESTIONS, GREETING, SEARCHING_STATUS } from "../render/messages.js";
import { truncate } from "../render/mrkdwn.js";
import { answerInDirectThread, type IncomingMessage } from "./directMessage.js";

/**
 * Slack's assistant panel. The app does not use the channel the user is looking at, so thread context is
 * not stored (Bolt's default store would cost an API call per message and keeps one context for all threads).
 */
const noContextStore: NonNullable<AssistantConfig["threadContextStore"]> = {
  get: async () => ({}),
  save: async () => {},
};

export function assistant(deps: SlackDeps): Assistant {
  return new Assistant({
    threadContextStore: noContextStore,
    threadStarted: async ({ say, setSuggestedPrompts, logger }) => {
      try {
        await say(GREETING);
        await setSuggestedPrompts({
          title: "Try asking",
          prompts: EXAMPLE_QUESTIONS.slice(0, 4).map((q) => ({ title: truncate(q, 60), message: q })),
        });
      } catch (error) {
        logger.warn(`could not greet the assistant thread: ${(error as Error).message}`);
      }
    },
    userMessage: async ({ message, client, context, body, setStatus, setTitle }) => {
      const m = message as unknown as IncomingMessage;
      // Status and title are niceties: a thread that is not an assistant thread refuses them.
      await setStatus(SEARCHING_STATUS).catch((e: Error) => deps.logger.debug({ err: e }, "setStatus failed"));
      await setTitle(truncate(cleanQuestion(m.text, context.botUserId) || "Question", 60)).catch((e: Error) =>
        deps.logger.debug({ err: e }, "setTitle failed"),
      );
      await answerInDirectThread(deps, client, m, context, body.team_id);
    },
  });
}
