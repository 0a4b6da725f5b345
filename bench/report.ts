import type { StageLatencies } from "./answerStages.js";
import type { PeakRss } from "./peakRss.js";
import type { BenchResults } from "./results.js";
import type { StumbleFigures } from "./stumbleSoak.js";
import type { Latencies, Spread } from "./stats.js";
import { TARGETS, verdict } from "./targets.js";

/** docs/BENCHMARKS.md, and the same figures for the terminal. */

const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
const lat = (l: Latencies) => `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)} (n=${l.n})`;
const rssParts = (r: PeakRss) =>
  r.modulesMb !== undefined && r.loadedMb !== undefined
    ? ` (${r.modulesMb.toFixed(0)} MB with the app's modules loaded, ${r.loadedMb.toFixed(0)} MB with the index loaded)`
    : "";
const spr = (s: Spread) => `min ${ms(s.min)}, median ${ms(s.median)}, max ${ms(s.max)} (${s.n} runs)`;

function deliveryRow(d: BenchResults["slack"]["delivery"]): [string, string, string] {
  const verdictText = d.answered === d.acknowledged && d.pending === 0 ? "each acknowledged event answered once" : "MISMATCH";
  return [
    "Slack HTTP: events sent / acknowledged / answered (left pending)",
    `${d.sent} / ${d.acknowledged} / ${d.answered} (${d.pending})`,
    verdictText,
  ];
}

const STUMBLE_LABEL = "Slack HTTP: stumble soak";

export function stumbleRow(s: StumbleFigures): [string, string, string] {
  const ok = s.answeredOnce === s.acknowledged && s.answeredTwice === 0 && s.lost === 0 && s.pending === 0;
  return [
    `${STUMBLE_LABEL}, ${s.sent} concurrent mentions while chat.postMessage answers ${s.rateLimited} calls with 429 (with and without Retry-After), ${s.serverErrors} with 503 and leaves ${s.hung} hanging: sent / acknowledged / answered once / twice / lost (left pending)`,
    `${s.sent} / ${s.acknowledged} / ${s.answeredOnce} / ${s.answeredTwice} / ${s.lost} (${s.pending}) in ${s.seconds.toFixed(1)} s`,
    ok ? "each acknowledged question answered once" : "MISMATCH",
  ];
}

/** A report already written, with its stumble soak row replaced (or added after the Slack delivery row). */
export function withStumbleRow(markdown: string, s: StumbleFigures): string {
  const row = `| ${stumbleRow(s).join(" | ")} |`;
  const lines = markdown.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`| ${STUMBLE_LABEL}`));
  if (at >= 0) lines[at] = row;
  else lines.splice(lines.findIndex((l) => l.startsWith("| Slack HTTP: events sent")) + 1, 0, row);
  return lines.join("\n");
}

function replicaRows(r: BenchResults): [string, string, string][] {
  if (typeof r.replicas === "string") return [["Shared mode (PostgreSQL): one and two replicas", `not measured: ${r.replicas}`, ""]];
  return r.replicas.flatMap((f): [string, string, string][] => {
    const who = `Shared mode (PostgreSQL), ${f.replicas} replica${f.replicas === 1 ? "" : "s"}`;
    return [
      [`${who}: ${r.slack.events} concurrent app_mention events per burst, ack latency`, lat(f.ack), verdict(TARGETS.ackP95, f.ack.p95)],
      [
        `${who}: answers per second (events sent / answered)`,
        `${f.answersPerSecond.toFixed(1)} /s (${f.sent} / ${f.answered})`,
        f.answered === f.sent ? "each answered once" : "MISMATCH",
      ],
    ];
  });
}

/** Where the answer's time goes, and how far it is above a bare keyword search over the same chunks. */
function stageRows(corpus: string, s: StageLatencies, whole: Latencies): [string, string, string][] {
  const p95 = (l: Latencies) => ms(l.p95);
  return [
    [
      `Answer stages, ${corpus}: p95 of guard / query analysis / retrieve and rerank / choose and check quotes`,
      `${p95(s.guard)} / ${p95(s.query)} / ${p95(s.retrieve)} / ${p95(s.answer)}`,
      "",
    ],
    [
      `Bare MiniSearch query over the same chunks, ${corpus} (built in ${(s.bareMiniSearchBuildMs / 1000).toFixed(1)} s)`,
      `${lat(s.bareMiniSearch)}; the answer's p95 is ${(whole.p95 / s.bareMiniSearch.p95).toPrecision(2)}× it`,
      "",
    ],
  ];
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const L = r.large;
  const rows: [string, string, string][] = [
    ["Answer latency, real corpus (in-process, retrieve + extractive)", lat(r.answer), verdict(TARGETS.answerP95Corpus, r.answer.p95)],
    ...stageRows("real corpus", r.stages, r.answer),
    [
      "Full reindex, real corpus (cold embedding cache)",
      `${spr(r.reindex.full)}; ${r.reindex.mbPerSecond.toFixed(2)} MB/s`,
      verdict(TARGETS.fullReindex, r.reindex.full.median),
    ],
    ["No-change reindex", spr(r.reindex.noChange), verdict(TARGETS.noChangeReindex, r.reindex.noChange.median)],
    ["Reindex after one file changed", spr(r.reindex.oneFileChanged), ""],
    ["Peak RSS, app process with the real corpus", `${r.rss.mb.toFixed(0)} MB, ${r.rss.chunks} chunks${rssParts(r.rss)}`, ""],
    ["`npm start` (terminal chat, real corpus): start-up with stdin closed, until exit", spr(r.startup.startMs), ""],
    ["`npm start`: resident memory of the idle chat", `${r.startup.idleRssMb.toFixed(0)} MB`, ""],
    ...r.reindexMemory.map((m): [string, string, string] => [
      `Full reindex peak RSS, ${m.label} (${m.corpusMb.toFixed(1)} MB, ${m.chunks} chunks)`,
      `${m.peakMb.toFixed(0)} MB`,
      verdict(TARGETS.rssReindex, m.peakMb),
    ]),
    [
      `Slack HTTP: ${r.slack.events} concurrent app_mention events, ack latency`,
      lat(r.slack.ack),
      verdict(TARGETS.ackP95, r.slack.ack.p95),
    ],
    ["Slack HTTP: the same burst against an empty HTTP server (the load generator's own floor)", lat(r.slack.floor), ""],
    ["Slack HTTP: answers per second", `${r.slack.answersPerSecond.toFixed(1)} /s`, ""],
    deliveryRow(r.slack.delivery),
    stumbleRow(r.stumbles),
    ...replicaRows(r),
    [`Synthetic corpus: build time (${L.chunks} chunks, ${L.corpusMb.toFixed(1)} MB of text)`, `${(L.buildMs / 1000).toFixed(1)} s`, ""],
    ["Synthetic corpus: index size on disk (version dir)", `${L.indexMb.toFixed(1)} MB`, ""],
    ["Synthetic corpus: answer latency", lat(L.answer), verdict(TARGETS.answerP95Large, L.answer.p95)],
    ...stageRows("synthetic corpus", L.stages, L.answer),
    [
      `Synthetic corpus: hnsw recall@10 vs exact cosine (ef=${L.recall.ef}, ${L.recall.queries} queries)`,
      L.recall.recallAt10.toFixed(4),
      verdict(TARGETS.recall, L.recall.recallAt10),
    ],
    [
      "Synthetic corpus: peak RSS, process loading the index and answering",
      `${L.rss.mb.toFixed(0)} MB${rssParts(L.rss)}`,
      verdict(TARGETS.rssLarge, L.rss.mb),
    ],
  ];
  return [
    "# Benchmarks",
    "",
    `Generated by \`npm run bench${r.mode === "quick" ? " -- --quick" : ""}\` (${r.mode} mode, ${r.totalSeconds.toFixed(0)} s). Indexes and the synthetic corpus live under data/bench/ (git-ignored).`,
    "",
    "## Machine",
    "",
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- Memory: ${m.memoryGb} GB`,
    `- Node: ${m.node}; ${m.os}`,
    `- Date: ${m.date}`,
    "",
    `Questions: ${r.questionCount} from ${r.questionsFrom}. Real corpus: ${r.reindex.corpusMb.toFixed(2)} MB, ${r.reindex.chunks} chunks.`,
    "",
    "## Figures",
    "",
    "| Measure | Result | Target |",
    "|---|---|---|",
    ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
    "",
    ...(r.notes.length ? ["## Notes", "", ...r.notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
}

/** The same rows for the terminal: one figure per line. */
export function renderTerminal(r: BenchResults): string {
  return renderReport(r)
    .split("\n")
    .filter((l) => !l.startsWith("|---"))
    .map((l) => (l.startsWith("| ") ? l.slice(2, -2).split(" | ").filter(Boolean).join(" — ") : l))
    .join("\n");
}
