import type { App } from "@slack/bolt";
import type { IndexStatus } from "../../../service.js";
import type { FeedbackCounts } from "../../../feedback/store.js";
import type { SlackDeps } from "../../deps.js";
import { homeView } from "../../render/views.js";

/**
 * The App Home tab: what the app is for, how to ask, the corpus status; admins (SLACK_ADMINS) also see
 * feedback counts, undelivered answers, the top gaps and the documents due for review. Nobody else sees those.
 */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab && event.tab !== "home") return;
    const isAdmin = deps.config.slack.adminUsers.includes(event.user);
    const gaps = isAdmin
      ? await deps.gaps.report(deps.config.gaps.minAskers).catch((error: unknown) => {
          deps.logger.warn({ err: error }, "gap report unavailable for App Home");
          return null;
        })
      : null;
    const [status, counts, failed] = await Promise.all([
      // App Home belongs to one person, not a channel: it lists public documents only.
      deps.service.status([]).catch((error: unknown): IndexStatus | null => {
        deps.logger.warn({ err: error }, "index status unavailable for App Home");
        return null;
      }),
      isAdmin
        ? deps.feedback.counts().catch((error: unknown): FeedbackCounts | null => {
            deps.logger.warn({ err: error }, "feedback counts unavailable for App Home");
            return null;
          })
        : null,
      isAdmin
        ? deps.journal.failures().catch((error: unknown): null => {
            deps.logger.warn({ err: error }, "undelivered answers unavailable for App Home");
            return null;
          })
        : null,
    ]);
    try {
      await client.views.publish({
        user_id: event.user,
        view: homeView({ status, counts, failed, admin: isAdmin ? { gaps, reviewAfterYears: deps.config.reviewAfterYears } : null }),
      });
    } catch (error) {
      deps.logger.error({ err: error }, "could not publish App Home");
    }
  });
}
