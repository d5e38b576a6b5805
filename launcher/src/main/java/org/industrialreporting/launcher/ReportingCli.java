package org.industrialreporting.launcher;

import java.lang.reflect.Constructor;
import org.industrialreporting.launcher.commands.AlertsCommand;
import org.industrialreporting.launcher.commands.BenchCommand;
import org.industrialreporting.launcher.commands.BrokerCommand;
import org.industrialreporting.launcher.commands.KafkaAccessCommand;
import org.industrialreporting.launcher.commands.BulletinCommand;
import org.industrialreporting.launcher.commands.DashboardCommand;
import org.industrialreporting.launcher.commands.EvaluateCommand;
import org.industrialreporting.launcher.commands.HealthcheckCommand;
import org.industrialreporting.launcher.commands.IntakeCommand;
import org.industrialreporting.launcher.commands.MicrobenchCommand;
import org.industrialreporting.launcher.commands.MissingCommand;
import org.industrialreporting.launcher.commands.MuEvaluationCommand;
import org.industrialreporting.launcher.commands.NotifyCommand;
import org.industrialreporting.launcher.commands.RegisterCommand;
import org.industrialreporting.launcher.commands.ResetCommand;
import org.industrialreporting.launcher.commands.RulesCommand;
import org.industrialreporting.launcher.commands.RunCommand;
import org.industrialreporting.launcher.commands.SchemaRegistryCommand;
import org.industrialreporting.launcher.commands.SetupCommand;
import org.industrialreporting.launcher.commands.SimulateCommand;
import org.industrialreporting.launcher.commands.StreamsCommand;
import org.industrialreporting.launcher.commands.SubmitCommand;
import org.industrialreporting.launcher.commands.TokensCommand;
import org.industrialreporting.launcher.commands.TopicsCommand;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.LayeredDefaults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code reporting} command: one subcommand per role of the pipeline. */
@Command(name = "reporting",
    mixinStandardHelpOptions = true,
    versionProvider = ReportingCli.Version.class,
    description = "Monthly industrial indicators of enterprises and parks, rolled up per district and park on Kafka.",
    subcommands = {RunCommand.class, TopicsCommand.class, SchemaRegistryCommand.class, StreamsCommand.class,
        SimulateCommand.class, SubmitCommand.class, RegisterCommand.class, IntakeCommand.class, TokensCommand.class,
        DashboardCommand.class, RulesCommand.class, AlertsCommand.class, NotifyCommand.class, BulletinCommand.class,
        MissingCommand.class, MuEvaluationCommand.class, EvaluateCommand.class, BenchCommand.class,
        MicrobenchCommand.class, SetupCommand.class, BrokerCommand.class, KafkaAccessCommand.class,
        HealthcheckCommand.class, ResetCommand.class, CommandLine.HelpCommand.class})
public final class ReportingCli {

  /** Exit status of a command that ran but found a problem it reports (e.g. topics with other settings). */
  public static final int EXIT_FINDINGS = 3;

  /** Exit status of {@code submit} and {@code register} when rows or whole files were rejected. */
  public static final int EXIT_REJECTED = 4;

  public static void main(String[] args) {
    int status;
    try {
      LaunchContext context = LaunchContext.fromProcess(args, System.getenv(), System.out, System.err);
      status = commandLine(context).execute(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      status = CommandLine.ExitCode.USAGE;
    }
    System.exit(status);
  }

  /** The command line with its configuration layers and error reporting; tests use it as main does. */
  public static CommandLine commandLine(LaunchContext context) {
    CommandLine commandLine = new CommandLine(new ReportingCli(), new ContextFactory(context));
    commandLine.setDefaultValueProvider(new LayeredDefaults(context));
    commandLine.setOut(new java.io.PrintWriter(context.out(), true));
    commandLine.setErr(new java.io.PrintWriter(context.err(), true));
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + describe(e));
      if (context.option("verbose").map(Boolean::parseBoolean).orElse(false)) {
        e.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("(set REPORTING_VERBOSE=true for the stack trace)");
      }
      return CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine;
  }

  /** The message of the exception and of its causes, without repeating itself. */
  private static String describe(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      String text = cause.getMessage();
      if (text != null && !message.toString().contains(text)) {
        message.append(": ").append(text);
      }
    }
    return message.toString();
  }

  /** Gives commands and mixins that ask for it the {@link LaunchContext}. */
  private record ContextFactory(LaunchContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == LaunchContext.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version recorded in the jar's manifest by the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ReportingCli.class.getPackage().getImplementationVersion();
      return new String[] {"reporting " + (version == null ? "(development build)" : version)};
    }
  }
}
