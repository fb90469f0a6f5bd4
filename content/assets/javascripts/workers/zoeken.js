// Search worker: Material's own, plus one fix so that Dutch words are found in every form.
//
// Material adds a wildcard to every word typed ("verwijderen" becomes "verwijderen*") so that
// results appear while typing. Lunr skips the stemmer for a word with a wildcard, while the
// pages were indexed by stem ("verwijderen" is stored as "verwijder"). So a whole word whose
// stem is shorter than the word found nothing. Here a word with a trailing wildcard matches
// both ways: as the prefix typed so far, and as its stem (one clause, so "+word" still works).
// A match through the stem is reported under the word typed, so Material does not list that
// word as missing ("Ontbreekt") and still marks the matching words in the result.
//
// main.html points Material at this file with ?material=<Material's worker file>; both live in
// this folder, so Material's relative paths (../lunr/...) still resolve.
"use strict";

const material = new URL(self.location.href).searchParams.get("material") || "";
if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
  throw new Error(`zoeken.js: unexpected Material worker name '${material}'`);
}
importScripts(material);

const query = lunr.Index.prototype.query;
lunr.Index.prototype.query = function (build) {
  const stemmed = this.pipeline;
  const typed = new Map(); // stem -> word typed
  const bothWays = {
    runString(term, metadata) {
      const word = /^[^*]+\*$/.test(term) ? term.slice(0, -1) : null;
      if (!word) return stemmed.runString(term, metadata);
      const stems = stemmed.runString(word, metadata).filter((stem) => stem !== word);
      for (const stem of stems) typed.set(stem, word);
      return [term, ...stems];
    },
  };
  const index = Object.create(this, { pipeline: { value: bothWays } });
  const results = query.call(index, function (q) {
    build.call(this, q);
    for (const clause of q.clauses) {
      if (/^[^*]+\*$/.test(clause.term) && !("editDistance" in clause)) clause.usePipeline = true;
    }
  });
  for (const { matchData } of results) {
    const found = matchData.metadata;
    for (const key of Object.keys(found)) {
      const word = typed.get(key);
      if (word && !(word in found) && ![...typed.values()].some((w) => key.startsWith(w))) {
        found[word] = found[key];
        delete found[key];
      }
    }
  }
  return results;
};
