/**
 * What an audience name may be (documents' `audience` in corpus/metadata.json, SLACK_AUDIENCES, `--audience`):
 * letters, digits and - _ . only. A leaf, so that config.ts can check SLACK_AUDIENCES without importing a
 * part of src/ that imports config's types (a folder cycle).
 */
export const AUDIENCE_NAME = /^[A-Za-z0-9_.-]+$/;
