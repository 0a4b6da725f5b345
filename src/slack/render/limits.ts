/** Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit). Renderers stay inside them. */
export const MAX_BLOCKS_PER_MESSAGE = 50;
export const MAX_BLOCKS_PER_VIEW = 100;
export const MAX_SECTION_TEXT = 3000;
export const MAX_BUTTON_TEXT = 75;
export const MAX_BUTTON_VALUE = 2000;
export const MAX_ACTION_ID = 255;
export const MAX_ACTIONS_ELEMENTS = 25;
export const MAX_CONTEXT_ELEMENTS = 10;
export const MAX_HEADER_TEXT = 150;
export const MAX_MODAL_TITLE = 24;
export const MAX_OPTION_VALUE = 150;
/** The plain `text` fallback (notifications, screen readers); Slack truncates long ones anyway. */
export const MAX_FALLBACK_TEXT = 3000;

/** Our own budget inside the 50 blocks of a message, so that no answer can overflow it. */
export const MAX_TEXT_SECTIONS = 8;
export const MAX_URGENT_SECTIONS = 3;
export const MAX_SOURCES_SHOWN = 25;
/** `/safeguide quote`: excerpts shown in Slack (two blocks each); the Word document holds them all. */
export const MAX_EXCERPTS_SHOWN = 10;
