package org.industrialreporting.launcher.config;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Supplies each option's default from the environment or the config file, so that a flag given on the command
 * line wins over both and the code default applies only when neither sets it.
 */
public final class LayeredDefaults implements IDefaultValueProvider {

  private final LaunchContext context;

  public LayeredDefaults(LaunchContext context) {
    this.context = context;
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option)) {
      return null;
    }
    String longName = option.longestName().replaceFirst("^-+", "");
    return context.option(longName).orElse(null);
  }
}
