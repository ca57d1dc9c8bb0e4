package org.parallax.app;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command, mixed in: its usage with every option described. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;
}
