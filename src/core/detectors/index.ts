/**
 * The registry: every built-in detector, one line each. Adding a detector is a file and a line here.
 */
import type { Detector } from './detector';
import { ssn } from './ssn';

export const BUILTIN_DETECTORS: readonly Detector[] = [
  ssn,
];
