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

  private PosTags() {}

  private static final class Holder {
    static final POSModel MODEL;

    static {
      try (InputStream in = PosTags.class.getResourceAsStream(PosTags.MODEL)) {
        if (in == null) {
          throw new IllegalStateException(PosTags.MODEL + " is not on the classpath");
        }
        MODEL = new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + PosTags.MODEL, e);
      }
    }
  }

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Holder.MODEL));

  /** The tags of {@code toks}, one per token. */
  static String[] tag(List<Tok> toks) {
    String[] words = new String[toks.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = toks.get(i).text();
    }
    return TAGGER.get().tag(words);
  }
}
