/**
 * KVS errors as the service sends them: an HTTP status plus a JSON body {code, message}, which @forge/kvs
 * turns into ForgeKvsAPIError (code KEY_NOT_FOUND on get/delete becomes `undefined` instead).
 *
 * Provenance of each code: "docs" = developer.atlassian.com storage-reference/handling-errors-kvs and
 * handling-errors-customentities; "sdk" = the code @forge/kvs 1.6.5 itself checks or its tests use;
 * "unverified" = Atlassian documents the failure but not its code, so the name here is our choice.
 */
export class KvsError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const bad = (code: string, message: string) => new KvsError(400, code, message);

export const kvsErrors = {
  // docs: keys
  keyTooShort: () => bad('KEY_TOO_SHORT', 'The provided key needs to be more than one character.'),
  emptyEntityKey: () => bad('EMPTY_KEY', 'Key cannot be empty.'),
  keyTooLong: () => bad('KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters.'),
  invalidKey: () => bad('INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/'),
  // sdk: the SDK maps exactly this code to `undefined` (the docs table says NOT_FOUND).
  keyNotFound: () => new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist'),
  // docs: values
  maxSize: () => bad('MAX_SIZE', 'The provided value has exceeded the maximum size limit.'),
  maxDepth: () => bad('MAX_DEPTH', 'The provided value has exceeded the maximum object depth (32) limit.'),
  // docs: queries
  listLimit: () => bad('LIST_QUERY_LIMIT_EXCEEDED', 'Limit for list query should be below 100.'),
  whereInvalid: () => bad('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.'),
  whereFieldInvalid: () => bad('QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.'),
  filterCondition: () => bad('INVALID_FILTER_CONDITION', 'The specified condition is not supported for filters.'),
  filterValues: () => bad('INVALID_FILTER_VALUES', 'The specified number of values are not supported by the given condition.'),
  // docs: custom entities
  entityType: (name: string) => bad('INVALID_ENTITY_TYPE', `Entity "${name}" is not declared in manifest.yml app.storage.entities.`),
  entityValue: (detail: string) => bad('INVALID_ENTITY_VALUE', `Entity values must match one of the types defined in Custom Entities: ${detail}`),
  entityIndex: (name: string) => bad('INVALID_ENTITY_INDEX', `The custom entity index "${name}" is invalid.`),
  pageLimit: () => bad('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.'),
  emptyFilterOperator: () => bad('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.'),
  filterOperatorsCombination: () => bad('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.'),
  insufficientFilterValues: () => bad('INSUFFICIENT_FILTER_VALUES', 'The specified condition needs at least two values.'),
  // sdk: generic request validation
  badRequest: (detail: string) => bad('BAD_REQUEST', `Provided request body is invalid: ${detail}`),
  // unverified: FAIL_IF_EXISTS on an existing key is documented to fail, with no code given.
  keyExists: () => new KvsError(409, 'KEY_ALREADY_EXISTS', 'The key already exists and the key policy is FAIL_IF_EXISTS.'),
  // unverified: the transaction and batch limits are documented, their codes are not.
  tooManyOperations: () => bad('TOO_MANY_OPERATIONS', 'A transaction can contain at most 25 operations.'),
  duplicateKeys: () => bad('DUPLICATE_KEYS', 'Each key can only be used once in a transaction or batch.'),
  payloadTooLarge: () => bad('PAYLOAD_TOO_LARGE', 'A transaction or batch payload is limited to 4MB.'),
  conditionFailed: (key: string) => new KvsError(409, 'CONDITION_CHECK_FAILED', `Transaction conditions were not met for key "${key}".`),
} as const;
