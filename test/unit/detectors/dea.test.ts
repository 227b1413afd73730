import { describe } from 'node:test';
import { runTable } from './table';

describe('dea', () => {
  runTable('DEA', [
    { text: 'DEA BM4819201', spans: [['DEA', 'BM4819201']], why: 'practitioner B, surname M, check digit 1', minScore: 0.8 },
    { text: 'signed with AR7305166.', spans: [['DEA', 'AR7305166']], why: 'upper case is medium alone' },
    { text: 'M96031176', spans: [['DEA', 'M96031176']], why: 'mid-level M, business-name 9' },
    { text: 'dea# fk2108430', spans: [['DEA', 'fk2108430']], why: 'lower case needs a DEA cue' },
    { text: 'ref fk2108430', spans: [], why: 'lower case without a cue' },
    { text: 'DEA BM4819202', spans: [], why: 'check digit wrong' },
    { text: 'DEA IM4819201', spans: [], why: 'I is no registrant type' },
    { text: 'order AR7305166 shipped', spans: [], why: 'order number context' },
    { text: 'XBM4819201', spans: [], why: 'glued to a longer token' },
  ]);
});
