import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { guarded } from "../../conversation/ask.js";
import { audiencesFor } from "../../conversation/audiences.js";
import type { SlackDeps } from "../../deps.js";
import { ACTION } from "../../render/answerBlocks.js";
import { passageModal } from "../../render/views.js";
import { visibleTo } from "../../../retrieve/audience.js";
import { replyToClicker, whereOf } from "./clicker.js";

/** "Show passage" on a source of an answer: the whole passage in a modal. */
export function registerShowPassage(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.showPassage}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    await guarded(deps.logger, deps.retrying(replyToClicker(client, body, respond)), async () => {
      // The chunk id rides in the button and can be forged: the clicker's channel must be allowed to see it.
      const passage = await deps.memory.passage(action.value ?? "");
      const allowed = passage && visibleTo(passage.audience, audiencesFor(deps.config.slack, whereOf(body)));
      if (passage && !allowed)
        deps.logger.info({ channelType: whereOf(body).channelType }, "passage refused: not for this channel's audience");
      await client.views.open({ trigger_id: body.trigger_id, view: passageModal(allowed ? passage : null) });
    });
  });
}
