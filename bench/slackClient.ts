import { createHmac, randomUUID } from "node:crypto";
import { Agent, request } from "node:http";

/**
 * The load generator for the Slack figures, run as its own long-lived process (forked by slackLoad.ts) so
 * that its HTTP client does not share the app's event loop. Each IPC message { port, questions } is a burst:
 * N signed app_mention events sent at once; the reply { times } holds each ack time (ms). Node's plain http
 * client with every connection opened beforehand, as Slack's deliveries arrive over connections already
 * open: fetch and new connections cost the client more than the app takes to ack.
 * Usage: slackClient.ts SECRET TEAM_ID
 */

const [secret, teamId] = process.argv.slice(2);
const agents = new Map<number, Agent>();

function post(port: number, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/slack/events",
        method: "POST",
        agent: agents.get(port),
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function signedEvent(question: string, i: number): { body: string; headers: Record<string, string> } {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(100000 + i)}`;
  const body = JSON.stringify({
    token: "legacy",
    team_id: teamId,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `EvBench${i}-${randomUUID().slice(0, 6)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: "UBOT", is_bot: true }],
    event: {
      type: "app_mention",
      user: "UBENCH",
      text: `<@UBOT> ${question}`,
      ts,
      channel: "C0BENCH",
      event_ts: ts,
      client_msg_id: randomUUID(),
    },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { body, headers: { "x-slack-request-timestamp": timestamp, "x-slack-signature": signature } };
}

async function burst(port: number, questions: string[]): Promise<number[]> {
  if (!agents.has(port)) {
    agents.set(port, new Agent({ keepAlive: true, maxSockets: questions.length }));
    // Unsigned requests open the connections (the app refuses them before any work) and are not timed.
    await Promise.all(questions.map(() => post(port, "{}", {}).catch(() => 0)));
  }
  const events = questions.map(signedEvent);
  return Promise.all(
    events.map(async ({ body, headers }, i) => {
      const started = performance.now();
      const status = await post(port, body, headers);
      if (status !== 200) throw new Error(`Slack event ${i} was answered with HTTP ${status}`);
      return performance.now() - started;
    }),
  );
}

process.on("message", ({ port, questions }: { port: number; questions: string[] }) => {
  burst(port, questions).then(
    (times) => process.send!({ times }),
    (error: Error) => process.send!({ error: error.message }),
  );
});
process.on("disconnect", () => {
  for (const agent of agents.values()) agent.destroy();
  process.exit(0);
});
