package dev.quorum.extract.claims;

/**
 * One token of a sentence as the claim grammar sees it: its text, its lower-cased text and its
 * half-open character offsets into the article text.
 *
 * @param attached true when no space separates this token from the one before it
 */
record Tok(String text, String lower, int start, int end, boolean attached) {

  boolean isDigits() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  boolean isWord() {
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }

  boolean capitalized() {
    return isWord() && Character.isUpperCase(text.charAt(0));
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }
}
