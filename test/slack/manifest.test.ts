import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("slack/manifest.yaml", () => {
  it("asks for the scopes, events, command and features the app uses", async () => {
    const manifest = await readFile(join(root, "slack", "manifest.yaml"), "utf8");
    const listed = (name: string) => new RegExp(`^\\s+- ${name.replace(/[.*]/g, "\\$&")}\\s*$`, "m");
    for (const scope of [
      "app_mentions:read",
      "assistant:write",
      "chat:write",
      "commands",
      "im:history",
      "im:read",
      "im:write",
      "files:write",
    ]) {
      expect(manifest).toMatch(listed(scope));
    }
    for (const event of ["app_mention", "message.im", "app_home_opened", "assistant_thread_started", "assistant_thread_context_changed"]) {
      expect(manifest).toMatch(listed(event));
    }
    expect(manifest).toMatch(/- command: \/safeguide/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
  });

  it("is connected up by docs/CONNECT_TO_SLACK.md with the config's variable names", async () => {
    const doc = await readFile(join(root, "docs", "CONNECT_TO_SLACK.md"), "utf8");
    for (const name of [
      "SLACK_BOT_TOKEN",
      "SLACK_APP_TOKEN",
      "SLACK_SIGNING_SECRET",
      "PORT",
      "SLACK_ALLOWED_TEAMS",
      "SLACK_ALLOWED_CHANNELS",
      "SLACK_ADMIN_USERS",
    ]) {
      expect(doc).toContain(`${name}=`);
    }
    expect(doc).toContain("/slack/events");
  });
});
