package dev.quorum.extract.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal part-of-speech tags (NOUN, VERB, ADJ, ...) from OpenNLP's English UD EWT model, loaded
 * once and used through one tagger per thread.
 */
final class PosTags {

  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Beam width of the tagger's decoder. */
  static final int BEAM = 1;

  private PosTags() {}

  private static final class Holder {
    static final POSModel MODEL;

    static {
      try (InputStream in = PosTags.class.getResourceAsStream(PosTags.MODEL)) {
        if (in == null) {
          throw new IllegalStateException(PosTags.MODEL + " is not on the classpath");
        }
        POSModel shipped = new POSModel(in);
        // greedy decoding: a beam of one instead of the shipped three, for speed
        MODEL = new POSModel(shipped.getLanguage(),
            (opennlp.tools.ml.model.MaxentModel) shipped.getArtifact("pos.model"), BEAM,
            null, shipped.getFactory());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + PosTags.MODEL, e);
      }
    }
  }

  /** Loads the model now (see {@link ClaimExtractor#warmUp()}). */
  static void warmUp() {
    Holder.MODEL.getLanguage();
  }

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Holder.MODEL));

  /** Tokens before and after a claim that its context reads. */
  static final int BEFORE = 12;
  static final int AFTER = 14;

  /**
   * The tags of {@code toks}, one per token; only the windows around the claims are tagged (the
   * rest is "X"), since tagging is most of the extraction's time.
   */
  static String[] tag(List<Tok> toks, List<Amount> amounts) {
    int n = toks.size();
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, "X");
    int from = -1;
    int to = -1;
    for (Amount a : amounts) {
      if (a.kind() != Amount.Kind.CLAIM) {
        continue;
      }
      int f = Math.max(0, a.first() - BEFORE);
      int t = Math.min(n, a.end() + AFTER);
      if (from >= 0 && f <= to) {
        to = Math.max(to, t);
      } else {
        tagRange(toks, tags, from, to);
        from = f;
        to = t;
      }
    }
    tagRange(toks, tags, from, to);
    return tags;
  }

  private static void tagRange(List<Tok> toks, String[] tags, int from, int to) {
    if (from < 0 || to <= from) {
      return;
    }
    String[] words = new String[to - from];
    for (int i = from; i < to; i++) {
      words[i - from] = toks.get(i).text();
    }
    String[] t = TAGGER.get().tag(words);
    System.arraycopy(t, 0, tags, from, t.length);
  }
}
