/**
 * Case-insensitive substring search over the distinct texts of a store,
 * the way the real server's `ILIKE '%q%'` matches: every distinct text
 * (a note, a tag list, a name) is indexed once by its lower-case bigrams
 * and trigrams, and carries a payload (the rows that hold it). A query of
 * three or more characters looks at the texts under its rarest trigram, a
 * two-character query at the texts under its bigram, and each candidate is
 * confirmed with `includes`: the answer is exactly the texts whose
 * lower-case form contains the lower-case query, at the cost of the
 * candidates, never of the rows. See decisions/0012-indexes.md.
 *
 * Cost grows with the distinct texts and their length (about two set
 * entries per character), not with how many rows share them: a million
 * time entries drawing on a few hundred notes index a few hundred texts.
 *
 * @example
 * const dict = new TextDictionary(() => new Set<number>());
 * dict.payload('Meeting with client').add(7);
 * dict.matching('with'); // [Set {7}]
 */

interface Doc<P> {
  text: string;
  lower: string;
  payload: P;
}

/** Bigrams and trigrams of a lower-case text, distinct. */
function gramsOf(lower: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= lower.length; i++) {
    out.add(lower.slice(i, i + 2));
    if (i + 3 <= lower.length) out.add(lower.slice(i, i + 3));
  }
  return out;
}

export class TextDictionary<P> {
  private readonly docs = new Map<string, Doc<P>>();
  private readonly grams = new Map<string, Set<Doc<P>>>();

  constructor(private readonly create: () => P) {}

  /** How many distinct texts are indexed. */
  get size(): number {
    return this.docs.size;
  }

  /** The payload of `text`, created (and the text indexed) on first use. */
  payload(text: string): P {
    let doc = this.docs.get(text);
    if (doc === undefined) {
      doc = { text, lower: text.toLowerCase(), payload: this.create() };
      this.docs.set(text, doc);
      for (const g of gramsOf(doc.lower)) {
        let set = this.grams.get(g);
        if (set === undefined) this.grams.set(g, (set = new Set()));
        set.add(doc);
      }
    }
    return doc.payload;
  }

  /** The payload of `text`, if it is indexed. */
  peek(text: string): P | undefined {
    return this.docs.get(text)?.payload;
  }

  /** Forget `text` (when its payload holds nothing any more). */
  drop(text: string): void {
    const doc = this.docs.get(text);
    if (doc === undefined) return;
    this.docs.delete(text);
    for (const g of gramsOf(doc.lower)) {
      const set = this.grams.get(g);
      if (set === undefined) continue;
      set.delete(doc);
      if (set.size === 0) this.grams.delete(g);
    }
  }

  clear(): void {
    this.docs.clear();
    this.grams.clear();
  }

  /** The payloads of every text whose lower-case form contains `needle` (given in lower case). */
  matching(needle: string): P[] {
    let candidates: Iterable<Doc<P>>;
    if (needle.length < 2) {
      candidates = this.docs.values();
    } else if (needle.length === 2) {
      candidates = this.grams.get(needle) ?? [];
    } else {
      // The rarest trigram of the needle: every match holds it.
      let best: Set<Doc<P>> | undefined;
      for (let i = 0; i + 3 <= needle.length; i++) {
        const set = this.grams.get(needle.slice(i, i + 3));
        if (set === undefined) return [];
        if (best === undefined || set.size < best.size) best = set;
      }
      candidates = best ?? [];
    }
    const out: P[] = [];
    for (const doc of candidates) if (doc.lower.includes(needle)) out.push(doc.payload);
    return out;
  }
}
