package dev.quorum.model;

/** What the body of a raw document is: plain text or an HTML page. */
public enum MediaType {
  TEXT,
  HTML
}
