import type { SafeguideService } from "../src/service.js";
import { latencies, type Latencies } from "./stats.js";

/** In-process answer latency: retrieve + extractive answer, after a warm-up pass. */

export interface AnswerLatency extends Latencies {
  answered: number;
}

export async function measureAnswerLatency(
  service: SafeguideService,
  questions: string[],
  rounds: number,
  warmup = 5,
): Promise<AnswerLatency> {
  for (const q of questions.slice(0, warmup)) await service.answer(q);
  const samples: number[] = [];
  let answered = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const started = performance.now();
      const a = await service.answer(q);
      samples.push(performance.now() - started);
      if (r === 0 && a.answered) answered++;
    }
  }
  return { ...latencies(samples), answered };
}
