import { openIndex } from "/work/main/src/cli/openIndex.js";
import { loadConfig } from "/work/main/src/config.js";
import { readQuestions } from "/work/main/src/eval/run.js";
import { examplesOf, labelOf, fitAnswerModel, foldsOf, resultOf } from "/work/main/src/eval/training.js";
import { PUBLIC_QUESTION_FILES } from "/work/main/src/eval/questionFiles.js";
import { isAnswerable } from "/work/main/src/eval/metrics.js";
import { score } from "/work/main/src/answer/model/answerModel.js";
const snapshot = await openIndex(loadConfig());
const all = [];
for (const f of PUBLIC_QUESTION_FILES) all.push(...await examplesOf(snapshot, await readQuestions("/work/main/"+f)));
const ans = all.filter(e => isAnswerable(e.question));
const oracle = ans.filter(e => e.candidates.some(c => labelOf(e.question, c.text)));
console.log("answerable", ans.length, "oracle(any candidate holds gold)", oracle.length, "cands/q", (all.reduce((a,e)=>a+e.candidates.length,0)/all.length).toFixed(1));
const folds = foldsOf(all, 5);
let top1=0, top3=0, n=0;
for (const held of folds) {
  const m = fitAnswerModel(all.filter(e => !held.includes(e)));
  console.log("threshold", m.threshold.toFixed(3), "l2/companion", m.companion);
  for (const e of held) { if (!isAnswerable(e.question)) continue; n++;
    const s = score(m, e.candidates);
    if (s[0] && labelOf(e.question, s[0].text)) top1++;
    if (s.slice(0,3).some(c => labelOf(e.question, c.text))) top3++;
  }
}
console.log("oof top1", top1, "top3", top3, "of", n);
