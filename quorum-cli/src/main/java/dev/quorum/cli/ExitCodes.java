package dev.quorum.cli;

/** The exit codes of every quorum command. */
public final class ExitCodes {

  /** At least one article was processed; skipped inputs, if any, were reported on stderr. */
  public static final int OK = 0;

  /** Nothing could be processed: every input was skipped, or the inputs held no document. */
  public static final int NOTHING_PROCESSED = 1;

  /** The command line was wrong (unknown option, missing argument). */
  public static final int USAGE = 2;

  /** An unexpected internal error or an output that could not be written. */
  public static final int FAILURE = 3;

  private ExitCodes() {}
}
