// Strings cut out of a document's text keep that whole text alive in V8 (a "sliced string" points at
// its parent). Cached entries outlive their version of the text, so after many edits they would pin
// many old copies of a large file. Names and descriptions are copied out before they are cached.

/** A copy of `s` that does not keep a larger string alive. */
export function detach(s: string): string {
  // Short substrings are copied by V8 anyway; a concatenation that is then sliced is flattened into
  // a new string of its own.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
