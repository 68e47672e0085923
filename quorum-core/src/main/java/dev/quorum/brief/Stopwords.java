package dev.quorum.brief;

import java.util.Set;

/** English function words, which carry no content for concepts and sentence similarity. */
final class Stopwords {

  static final Set<String> ENGLISH = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to",
      "for", "from", "by", "with", "without", "about", "as", "into", "onto", "over", "under",
      "after", "before", "since", "until", "than", "then", "that", "this", "these", "those",
      "there", "here", "it", "its", "he", "she", "they", "we", "you", "i", "him", "her", "them",
      "us", "me", "his", "hers", "their", "theirs", "our", "ours", "your", "my", "who", "whom",
      "whose", "which", "what", "when", "where", "why", "how", "is", "are", "was", "were", "be",
      "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "just",
      "only", "very", "more", "most", "such", "some", "any", "all", "each", "both", "other",
      "own", "same", "too", "s", "if", "while", "because", "though", "although", "up", "down",
      "out", "off", "again", "further", "once", "per", "via", "mr", "mrs", "ms", "said", "says",
      "say", "t", "d", "ll", "re", "ve", "m", "one", "new", "last", "now", "even", "many",
      "much", "well", "back", "still", "according", "told", "including", "among", "between");

  private Stopwords() {}

  static boolean is(String lowerWord) {
    return ENGLISH.contains(lowerWord);
  }
}
