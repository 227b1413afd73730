import { describe } from 'node:test';
import { runTable } from './table';

describe('vin', () => {
  runTable('VEHICLE_ID', [
    { text: 'VIN 1FTFW1ET9DFC10312', spans: [['VEHICLE_ID', '1FTFW1ET9DFC10312']], why: 'check digit 9 valid, with cue', minScore: 0.9 },
    { text: 'towed 2T1BURHEXJC043821 today', spans: [['VEHICLE_ID', '2T1BURHEXJC043821']], why: 'check digit X valid is strong alone', minScore: 0.7 },
    { text: 'vehicle WVWZZZ1JZ3W386752', spans: [['VEHICLE_ID', 'WVWZZZ1JZ3W386752']], why: 'European VIN without check digit, kept with vehicle context' },
    { text: 'WVWZZZ1JZ3W386752', spans: [], why: 'failed check digit and no context' },
    { text: '1FTFW1ET5DFC10312', spans: [], why: 'wrong check digit, no context' },
    { text: 'VIN 1FTFW1ET9DFC1031I', spans: [], why: 'I never occurs' },
    { text: 'order 12345678901234567', spans: [], why: 'seventeen digits, no letter' },
    { text: 'token 2T1BURHEXJC043821', spans: [], why: 'token context' },
    { text: 'X1FTFW1ET9DFC10312', spans: [], why: 'inside a longer token' },
    // Found trying the product.
    { text: 'truck vin 1ftfw1et9dfc10312', spans: [['VEHICLE_ID', '1ftfw1et9dfc10312']], why: 'typed in lower case, valid check digit' },
    { text: 'VIN 2T1BU4EE7DC123457', spans: [], why: 'North American (1-5): a wrong check digit is no VIN even with a cue' },
    { text: 'request id 1ftfw1et5dfc10312 vehicle', spans: [], why: 'lower case with a wrong check digit' },
  ]);
});
