import { createInterface } from "node:readline";
import type { SafeguideService } from "../service.js";
import type { ConversationTurn } from "../answer/types.js";
import { formatDate } from "../corpus/dates.js";
import { renderAnswer } from "./renderAnswer.js";

/**
 * The terminal chat over the same pipeline as Slack: follow-ups in context, /quote, /sources, /help,
 * Ctrl-D to leave. With stdin not a terminal it prints plain answers, one per input line, for scripts.
 */

export interface ChatSurface {
  service: SafeguideService;
  quote?: (topic: string) => Promise<string>;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  interactive?: boolean;
  /** Who is asking (`npm start -- --audience NAME`); none: public documents only. */
  audiences?: string[];
}

const HELP = `Ask a question about the local safeguarding guidance, e.g. "what did the JTAI say about contingency planning?"
Follow-up questions use the conversation so far.
  /quote <topic>   verbatim excerpts with full citations, for training material
  /sources         the documents in the index
  /new             start a new conversation
  /help            this help
  Ctrl-D           leave`;

const MAX_HISTORY_TURNS = 6;

export async function runChat(surface: ChatSurface): Promise<void> {
  const output = surface.output ?? process.stdout;
  const interactive = surface.interactive ?? Boolean(process.stdin.isTTY);
  const rl = createInterface({ input: surface.input ?? process.stdin, output: interactive ? output : undefined, terminal: interactive });
  const say = (text: string) => output.write(`${text}\n`);
  let history: ConversationTurn[] = [];
  if (interactive) say(`safeguide — answers from your local safeguarding guidance. Type /help for help.\n`);
  rl.setPrompt("safeguide> ");
  if (interactive) rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "/help") say(HELP);
    else if (line === "/new") history = [];
    else if (line === "/sources") say(await sourcesText(surface.service, surface.audiences ?? []));
    else if (line.startsWith("/quote")) say(await quoteText(surface, line.slice(6).trim()));
    else if (line.startsWith("/")) say(`Unknown command ${line.split(" ")[0]}. Type /help.`);
    else if (line) {
      const a = await surface.service.answer(line, { history, filters: { audiences: surface.audiences ?? [] } });
      say(renderAnswer(a));
      history = [...history, { role: "user" as const, text: a.standaloneQuestion }, { role: "assistant" as const, text: a.text }].slice(
        -MAX_HISTORY_TURNS,
      );
    }
    if (interactive) {
      say("");
      rl.prompt();
    }
  }
  if (interactive) say("\nGoodbye.");
}

async function sourcesText(service: SafeguideService, audiences: string[]): Promise<string> {
  const s = await service.status(audiences);
  const docs = s.documents.map((d, i) => `  [${i + 1}] ${d.title} (${formatDate(d.date)}) — ${d.type}\n      ${d.source}`);
  return [`Index ${s.version}, built ${s.builtAt}, ${s.chunkCount} passages, embeddings: ${s.embeddingModel}`, ...docs].join("\n");
}

async function quoteText(surface: ChatSurface, topic: string): Promise<string> {
  if (!topic) return "Usage: /quote <topic>, e.g. /quote professional curiosity";
  if (!surface.quote) return "Excerpts are not available.";
  return surface.quote(topic);
}
