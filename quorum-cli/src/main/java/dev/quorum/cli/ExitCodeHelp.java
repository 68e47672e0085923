package dev.quorum.cli;

import picocli.CommandLine.Command;

/** A picocli mixin that documents Quorum's exit codes in every command's {@code --help}. */
@Command(
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  at least one article processed (skipped inputs are reported on stderr)",
      "  1  nothing could be processed",
      "  2  usage error",
      "  3  internal error or output not writable",
    })
public final class ExitCodeHelp {}
