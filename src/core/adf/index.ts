/** The ADF layer: project a document to text blocks, scan it, redact it in place. */
export { projectDocument, plainText, type Projection, type TextBlock, type TextSpan, type AttributeText, type AttributeRole } from './project';
export { scanDocument, isRewritable, MENTION_DETECTOR, DATE_NODE_DETECTOR, type DocumentFinding } from './scan-document';
export { redactDocument, redactDocumentStable } from './redact';
export { AdfDocumentSchema, AdfNodeSchema, AdfMarkSchema, isAdfDocument, MAX_ADF_DEPTH, type AdfNode, type AdfMark } from './types';
export { findingRanges, type TextRange } from './finding-ranges';
