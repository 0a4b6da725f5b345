import { createHmac, randomUUID } from "node:crypto";

/**
 * The load generator for the Slack figures, run as its own process so that its HTTP client does not
 * share the app's event loop: sends N signed app_mention events at once and prints each ack time (ms).
 * Usage: slackClient.ts PORT SECRET TEAM_ID QUESTIONS_JSON
 */

const [port, secret, teamId, questionsJson] = process.argv.slice(2);
const questions = JSON.parse(questionsJson) as string[];

async function send(question: string, i: number): Promise<number> {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(100000 + i)}`;
  const body = JSON.stringify({
    token: "legacy", team_id: teamId, api_app_id: "A0001", type: "event_callback", event_id: `EvBench${i}-${randomUUID().slice(0, 6)}`,
    event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: teamId, user_id: "UBOT", is_bot: true }],
    event: { type: "app_mention", user: "UBENCH", text: `<@UBOT> ${question}`, ts, channel: "C0BENCH", event_ts: ts, client_msg_id: randomUUID() },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature },
    body,
  });
  await res.text();
  if (res.status !== 200) throw new Error(`Slack event ${i} was answered with HTTP ${res.status}`);
  return performance.now() - started;
}

// One warm request opens the connection pool's first socket before the burst is timed.
await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body: "{}" }).then((r) => r.text()).catch(() => "");
const times = await Promise.all(questions.map((q, i) => send(q, i)));
process.stdout.write(`${JSON.stringify(times)}\n`);
