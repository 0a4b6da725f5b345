import { FakeSlack } from "../testkit/fakeSlack.js";

/**
 * The fake Slack Web API in its own process, as Slack's API is on other machines: its HTTP work does not
 * share the app's event loop. Sends its API URL when started; answers "count" messages with the number of
 * calls to a method so far.
 */

const fake = await new FakeSlack().start();
process.send!({ apiUrl: fake.apiUrl });
process.on("message", (m: { count: string }) => process.send!({ count: fake.callsTo(m.count).length }));
process.on("disconnect", () => void fake.stop().finally(() => process.exit(0)));
