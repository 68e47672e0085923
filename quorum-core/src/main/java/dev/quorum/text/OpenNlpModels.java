package dev.quorum.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Loads the OpenNLP sentence, tokenizer and language models once, lazily, from the model jars on
 * the classpath, and shares them between threads.
 *
 * <p>The loaded models are immutable and thread-safe; only OpenNLP's {@code *ME} wrappers around
 * them are not, so callers keep one wrapper per thread. Each model sits in its own holder class, so
 * an analyser that never needs language detection never pays for the 10 MB language model.
 */
public final class OpenNlpModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String LANGUAGE_MODEL = "/langdetect-183.bin";

  private OpenNlpModels() {}

  /** The English sentence model (UD EWT). */
  public static SentenceModel sentences() {
    return SentenceHolder.MODEL;
  }

  /** The English tokenizer model (UD EWT), with OpenNLP's alphanumeric optimisation switched on. */
  public static TokenizerModel tokens() {
    return TokenHolder.MODEL;
  }

  /** The 183-language detector model (ISO 639-3 codes). */
  public static LanguageDetectorModel languages() {
    return LanguageHolder.MODEL;
  }

  /** Milliseconds it took to load each model so far, for reporting: sentence, token, language. */
  public static long[] loadMillis() {
    return new long[] {Timing.sentence, Timing.token, Timing.language};
  }

  private static final class Timing {
    static volatile long sentence = -1;
    static volatile long token = -1;
    static volatile long language = -1;
  }

  private static final class SentenceHolder {
    static final SentenceModel MODEL;

    static {
      long t0 = System.nanoTime();
      try (InputStream in = open(SENTENCE_MODEL)) {
        MODEL = new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + SENTENCE_MODEL, e);
      }
      Timing.sentence = (System.nanoTime() - t0) / 1_000_000;
    }
  }

  private static final class TokenHolder {
    static final TokenizerModel MODEL;

    static {
      long t0 = System.nanoTime();
      try (InputStream in = open(TOKEN_MODEL)) {
        TokenizerModel shipped = new TokenizerModel(in);
        // The shipped model has the optimisation off; it skips the classifier on plain words.
        MODEL =
            new TokenizerModel(
                shipped.getMaxentModel(),
                new HashMap<>(),
                new TokenizerFactory("en", null, true, null));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + TOKEN_MODEL, e);
      }
      Timing.token = (System.nanoTime() - t0) / 1_000_000;
    }
  }

  private static final class LanguageHolder {
    static final LanguageDetectorModel MODEL;

    static {
      long t0 = System.nanoTime();
      try (InputStream in = open(LANGUAGE_MODEL)) {
        MODEL = new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + LANGUAGE_MODEL, e);
      }
      Timing.language = (System.nanoTime() - t0) / 1_000_000;
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model " + resource + " is not on the classpath");
    }
    return new BufferedInputStream(in, 1 << 16);
  }
}
