/** Input kinds: recognise ADF, Jira issue and Confluence content JSON, and redact them in their own shape. */
export { recogniseInput, type InputItem, type InputKind, type InputProblem, type RecognisedInput } from './recognise';
export { redactInput, type RedactInputOptions, type RedactedInput, type ItemPasses } from './redact-input';
