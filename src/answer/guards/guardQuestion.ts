import type { IndexSnapshot } from "../../index/snapshot.js";
import type { ConversationTurn, Notice } from "../types.js";
import { documentNameOptions } from "./documentNames.js";
import { findPersonalData, type PersonalDataOptions } from "./personalData.js";
import { prepareQuestion } from "./questionInput.js";
import { describesImmediateRisk, urgentMessage } from "./urgentRisk.js";
import { withoutPersonalData } from "./withoutPersonalData.js";

/**
 * What every request passes before it is searched, an answer's question and an excerpt topic alike: the
 * text cleaned, the urgent-contact message first when it describes a child at immediate risk, and its
 * personal data flagged and taken out of what is searched.
 */

export interface GuardedText {
  /** The text as typed, cleaned (questionInput.ts); still holding any personal data. */
  cleaned: string;
  /** What may be searched and shown back: `cleaned` without its personal data. */
  searchable: string;
  /** Urgent first, then input notices, then the personal-data notice. */
  notices: Notice[];
  /** Nothing readable was typed: nothing is searched. */
  empty: boolean;
  /** The document names of the index, which are not personal data; for later steps that look again. */
  names: PersonalDataOptions;
}

export const PERSONAL_DATA_NOTICE = "Please don't share identifiable details here. Personal details were removed before searching.";

export function guardQuestion(raw: string, snapshot: IndexSnapshot, contacts: { urgent: string | null }): GuardedText {
  const prepared = prepareQuestion(raw);
  const notices: Notice[] = [...prepared.notices];
  if (prepared.empty) return { cleaned: prepared.text, searchable: prepared.text, notices, empty: true, names: {} };
  const names = documentNameOptions(snapshot);
  if (describesImmediateRisk(prepared.text, names.isCorpusWord)) notices.unshift({ kind: "urgent", text: urgentMessage(contacts) });
  const found = findPersonalData(prepared.text, names);
  if (found.length) notices.push({ kind: "personal-data", text: PERSONAL_DATA_NOTICE });
  // Searched without the personal data, not with placeholders standing in for it.
  return { cleaned: prepared.text, searchable: withoutPersonalData(prepared.text, names, found), notices, empty: false, names };
}

/**
 * Earlier turns of a conversation, as a follow-up carries them into the search or a prompt: the asker's turns
 * without their personal data, like the question itself. A thread's history is read back from Slack as typed.
 */
export function guardHistory(history: ConversationTurn[], names: PersonalDataOptions): ConversationTurn[] {
  return history.map((t) => (t.role === "user" ? { ...t, text: withoutPersonalData(prepareQuestion(t.text).text, names) } : t));
}
