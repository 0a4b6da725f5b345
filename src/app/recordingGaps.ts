import type { GapRecorder } from "../gaps/recorder.js";
import type { SafeguideService } from "../service.js";

/** The service, with each answer handed to the gap report's recorder (which keeps only what it should). */
export function recordingGaps(service: SafeguideService, recorder: GapRecorder, asker: string | null): SafeguideService {
  if (!recorder.enabled) return service;
  return {
    ...service,
    answer: async (question, options) => {
      const answer = await service.answer(question, options);
      await recorder
        .afterAnswer(answer, asker)
        .catch((error: unknown) => process.stderr.write(`gap not recorded: ${(error as Error).message}\n`));
      return answer;
    },
  };
}
