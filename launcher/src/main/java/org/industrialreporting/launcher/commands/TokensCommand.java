package org.industrialreporting.launcher.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.industrialreporting.domain.creditcode.CreditCodeRule;
import org.industrialreporting.domain.registry.Codes;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.TokenFileOption;
import org.industrialreporting.http.tokens.ApiToken;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Issues, lists and revokes the API tokens of the intake and, with {@code --dashboard}, of the dashboard. */
@Command(name = "tokens", mixinStandardHelpOptions = true,
    description = {"Manage the API tokens of the HTTP intake (intake-tokens) or, with --dashboard, of the dashboard"
        + " (dashboard-tokens). A token file keeps only each token's SHA-256; a token is shown once, when it is"
        + " issued. A running server sees changes with its next request."},
    subcommands = {TokensCommand.Issue.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
public final class TokensCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: issue, list or revoke");
  }

  /** The token file of every subcommand: {@code --tokens}, else the intake's or the dashboard's in {@code --data-dir}. */
  static final class TokenFile {
    @Mixin
    TokenFileOption option;

    @Mixin
    DataDirOptions dataDir;

    @Option(names = "--dashboard",
        description = "The dashboard's tokens (admin and district tokens) instead of the intake's.")
    boolean dashboard;

    Path path() {
      return option.given().orElseGet(() -> dashboard ? dataDir.dashboardTokens() : dataDir.intakeTokens());
    }
  }

  @Command(name = "issue", mixinStandardHelpOptions = true,
      description = {"Issue a token and print it once.",
          "Intake: for one enterprise, one park, or an admin. Dashboard (--dashboard): for one district, or an admin."})
  static final class Issue implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
      @Option(names = "--enterprise", paramLabel = "CREDIT_CODE",
          description = "The token submits this enterprise's reports only.")
      String enterprise;

      @Option(names = "--park", paramLabel = "PARK_ID", description = "The token submits this park's reports only.")
      String park;

      @Option(names = "--district", paramLabel = "CODE",
          description = "Dashboard: the token sees this district only (its rollups, parks, enterprises, alerts).")
      String district;

      @Option(names = "--admin", description = "Intake: submits anything and loads the registries. Dashboard: sees"
          + " every district.")
      boolean admin;
    }

    @Option(names = "--label", paramLabel = "TEXT", description = "Who the token is for, e.g. the company's name.")
    String label;

    @Mixin
    TokenFile tokens;

    @Spec
    CommandSpec spec;

    private final LaunchContext context;

    Issue(LaunchContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      TokenStore.Issued issued = new TokenStore(tokens.path()).issue(scope(), label, Clock.systemUTC());
      context.out().println(issued.token());
      context.err().printf("Issued token %s (%s) into %s; it is shown only this once.%n", issued.record().id(),
          issued.record().scope(), tokens.path().toAbsolutePath());
      return 0;
    }

    private TokenScope scope() {
      boolean intakeScope = scope.enterprise != null || scope.park != null;
      if (tokens.dashboard ? intakeScope : scope.district != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), tokens.dashboard
            ? "The dashboard takes district and admin tokens: --district CODE or --admin"
            : "District tokens are the dashboard's: add --dashboard (the intake takes --enterprise, --park, --admin)");
      }
      Reasons reasons = new Reasons();
      TokenScope chosen;
      if (scope.district != null) {
        Codes.checkDistrictCode("--district", scope.district, reasons);
        chosen = TokenScope.district(scope.district);
      } else if (scope.enterprise != null) {
        CreditCodeRule.strict().check("--enterprise", scope.enterprise, reasons);
        chosen = TokenScope.enterprise(scope.enterprise);
      } else if (scope.park != null) {
        Codes.checkParkId("--park", scope.park, reasons);
        chosen = TokenScope.park(scope.park);
      } else {
        chosen = TokenScope.admin();
      }
      if (!reasons.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", reasons.list().stream().map(Reason::message).toList()));
      }
      return chosen;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never the secrets).")
  static final class ListTokens implements Callable<Integer> {

    @Mixin
    TokenFile tokens;

    private final LaunchContext context;

    ListTokens(LaunchContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      List<ApiToken> all = new TokenStore(tokens.path()).list();
      context.out().printf("%-10s %-40s %-21s %s%n", "ID", "SCOPE", "ISSUED", "LABEL");
      all.forEach(t -> context.out().printf("%-10s %-40s %-21s %s%n", t.id(), t.scope(), t.issuedAt(), t.label()));
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
  static final class Revoke implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The token's id, as 'tokens list' shows it.")
    String id;

    @Mixin
    TokenFile tokens;

    private final LaunchContext context;

    Revoke(LaunchContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if (!new TokenStore(tokens.path()).revoke(id)) {
        throw new IllegalArgumentException("There is no token " + id + " in " + tokens.path());
      }
      context.out().println("Revoked token " + id);
      return 0;
    }
  }
}
