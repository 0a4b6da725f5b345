import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { guarded } from "../../conversation/ask.js";
import { audiencesFor } from "../../conversation/audiences.js";
import { EXCERPTS_UNAVAILABLE } from "../../conversation/quote.js";
import { inScope } from "../../conversation/scope.js";
import type { SlackDeps } from "../../deps.js";
import { ACTION } from "../../render/answerBlocks.js";
import { docxFilename, docxSentMessage, noExcerptsMessage } from "../../render/excerptBlocks.js";
import { plainMessage, refusalMessage } from "../../render/messages.js";
import { renderDocx } from "../../../excerpts/render/docx.js";
import { replyToClicker, whereOf } from "./clicker.js";

/**
 * "Send as Word document to my DM" under excerpts. The topic rides in the button; the excerpts are found
 * again (against the current index) and sent as a .docx to the clicker's DM with the app, so the file is
 * theirs alone.
 */
export function registerExcerptsDocx(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.excerptsDocx, async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = deps.retrying(replyToClicker(client, body, respond));
    await guarded(deps.logger, post, async () => {
      const where = whereOf(body);
      if (!inScope(deps.config.slack, where)) {
        await post(refusalMessage());
        return;
      }
      const topic = (action.value ?? "").trim();
      if (!topic) throw new Error("excerpts button without a topic");
      if (typeof deps.service.excerpts !== "function") {
        await post(plainMessage(EXCERPTS_UNAVAILABLE));
        return;
      }
      const started = performance.now();
      const set = await deps.service.excerpts(topic, { audiences: audiencesFor(deps.config.slack, where) });
      if (set.total === 0) {
        await post(noExcerptsMessage(topic));
        return;
      }
      const file = await renderDocx(set);
      const opened = await client.conversations.open({ users: body.user.id });
      const dm = opened.channel?.id;
      if (!dm) throw new Error("conversations.open gave no channel");
      await client.filesUploadV2({
        channel_id: dm,
        file,
        filename: docxFilename(topic),
        title: `Excerpts: ${topic}`.slice(0, 250),
        initial_comment: `Verbatim excerpts on “${topic.slice(0, 500)}”, with their citations (${set.total} from ${set.groups.length} document${set.groups.length === 1 ? "" : "s"}).`,
      });
      deps.logger.info(
        { excerpts: set.total, bytes: file.length, ms: Math.round(performance.now() - started) },
        "excerpts sent as a Word document",
      );
      await post(docxSentMessage(topic, set.total));
    });
  });
}
