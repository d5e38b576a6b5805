package org.industrialreporting.launcher.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.industrialreporting.launcher.config.LaunchContext;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** The JMH microbenchmarks of the hot paths (README, "Benchmark"). */
@Command(name = "microbench", mixinStandardHelpOptions = true,
    description = {"Run the JMH microbenchmarks of the hot paths: the Avro serdes in the wire format, report"
        + " validation, the aggregation step (cell changes of a report, a rollup from its cells), the cell encoding"
        + " and the anomaly detectors on an enterprise-month.",
        "Every other argument goes to JMH as it is: a regular expression selects benchmarks (default: all of them),"
        + " e.g. `microbench Validation`; `-l` lists them; `-f 1 -wi 2 -i 3` changes forks and iterations;"
        + " `-prof gc` adds allocation figures; `-rf json -rff FILE` writes the results; `-h` after `--` shows"
        + " JMH's own help."})
public final class MicrobenchCommand implements Callable<Integer> {

  /** Every benchmark of ours lives under this package; JMH otherwise runs whatever it finds on the class path. */
  private static final String ALL_BENCHMARKS = "org\\.industrialreporting\\..*";

  @Unmatched
  List<String> jmhArguments = new ArrayList<>();

  private final LaunchContext context;

  MicrobenchCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(jmhArguments.toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      context.err().println("Invalid JMH arguments " + jmhArguments + ": " + e.getMessage());
      return 2;
    }
    if (options.shouldHelp()) {
      options.showHelp();
      return 0;
    }
    List<String> arguments = new ArrayList<>(jmhArguments);
    if (options.getIncludes().isEmpty()) {
      arguments.add(ALL_BENCHMARKS);
      options = new CommandLineOptions(arguments.toArray(String[]::new));
    }
    Runner runner = new Runner(options,
        OutputFormatFactory.createFormatInstance(context.out(), options.verbosity().orElse(VerboseMode.NORMAL)));
    if (options.shouldList()) {
      runner.list();
      return 0;
    }
    try {
      runner.run();
    } catch (NoBenchmarksException e) {
      context.err().println("No benchmark matches " + options.getIncludes() + "; `reporting microbench -l` lists them");
      return 2;
    }
    return 0;
  }
}
