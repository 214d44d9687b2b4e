export { classifyAnswer, type AnswerReading, type ClassifyOptions } from './classify-answer';
export { summarizeAnswer, SUMMARY_MAX_WORDS, ELLIPSIS } from './summarize-answer';
export { splitSentences, collapseWhitespace, type Sentence } from './sentences';
export { CUES, LABELS, type Cue, type VerdictStatus } from './lexicon';
