package dev.quorum.text.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a sentence into BERT WordPiece ids ([CLS] … [SEP]), reading the vocabulary from a Hugging
 * Face {@code tokenizer.json}.
 *
 * <p>Pure Java so that nothing native is loaded or fetched for tokenization; it follows the BERT
 * normalizer (clean text, pad CJK characters, lowercase and strip accents), the BERT pre-tokenizer
 * (split on whitespace and on every punctuation character) and greedy longest-match WordPiece.
 */
public final class WordPieceTokenizer {

  /** The most tokens one encoding holds, [CLS] and [SEP] included. */
  public static final int DEFAULT_MAX_TOKENS = 128;

  private static final String PREFIX = "##";
  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;
  private final String[] pieces;
  private final int cls;
  private final int sep;
  private final int unk;
  private final int maxTokens;

  /** A tokenizer over the given vocabulary (token to id), cutting encodings to maxTokens. */
  public WordPieceTokenizer(Map<String, Integer> vocab, int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must leave room for [CLS] and [SEP]");
    }
    this.vocab = Map.copyOf(vocab);
    int max = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    this.pieces = new String[max + 1];
    vocab.forEach((piece, id) -> {
      if (id >= 0) {
        pieces[id] = piece;
      }
    });
    this.cls = required("[CLS]");
    this.sep = required("[SEP]");
    this.unk = required("[UNK]");
    this.maxTokens = maxTokens;
  }

  /** Reads the {@code model.vocab} of a Hugging Face tokenizer.json. */
  public static WordPieceTokenizer fromTokenizerJson(InputStream in, int maxTokens) {
    try {
      JsonNode vocabNode = new ObjectMapper().readTree(in).path("model").path("vocab");
      Map<String, Integer> vocab = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : vocabNode.properties()) {
        vocab.put(e.getKey(), e.getValue().asInt());
      }
      return new WordPieceTokenizer(vocab, maxTokens);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer.json", e);
    }
  }

  private int required(String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary lacks " + token);
    }
    return id;
  }

  /** The ids of [CLS], the word pieces of the text (cut to fit) and [SEP]; null counts as empty. */
  public int[] encode(String text) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    int room = maxTokens - 1;
    outer:
    for (String word : preTokenize(normalize(text == null ? "" : text))) {
      for (int id : wordPieces(word)) {
        if (ids.size() >= room) {
          break outer;
        }
        ids.add(id);
      }
    }
    ids.add(sep);
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
    }
    return out;
  }

  /** The vocabulary entry of an id ("##"-prefixed for word continuations), or "[UNK]". */
  public String piece(int id) {
    return id >= 0 && id < pieces.length && pieces[id] != null ? pieces[id] : "[UNK]";
  }

  /** BERT normalization: drop control characters, space out CJK, strip accents, lowercase. */
  static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
              }
              if (isWhitespace(cp)) {
                sb.append(' ');
              } else if (isCjk(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
              } else {
                sb.appendCodePoint(cp);
              }
            });
    String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Splits on whitespace and makes every punctuation character a word of its own. */
  static List<String> preTokenize(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhitespace(cp)) {
        flush(cur, words);
      } else if (isPunctuation(cp)) {
        flush(cur, words);
        words.add(new String(Character.toChars(cp)));
      } else {
        cur.appendCodePoint(cp);
      }
    }
    flush(cur, words);
    return words;
  }

  private static void flush(StringBuilder cur, List<String> words) {
    if (cur.length() > 0) {
      words.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** Greedy longest-match WordPiece; a word that cannot be covered becomes [UNK]. */
  private List<Integer> wordPieces(String word) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      return List.of(unk);
    }
    List<Integer> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String sub = word.substring(start, end);
        Integer id = vocab.get(start > 0 ? PREFIX + sub : sub);
        if (id != null) {
          found = id;
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (found == null) {
        return List.of(unk);
      }
      pieces.add(found);
      start = end;
    }
    return pieces;
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.isWhitespace(cp)
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }

  private static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96)
        || (cp >= 123 && cp <= 126)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F)
        || (cp >= 0x2B740 && cp <= 0x2B81F)
        || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
