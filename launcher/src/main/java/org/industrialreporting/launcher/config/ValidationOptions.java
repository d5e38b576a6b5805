package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.time.Clock;
import org.industrialreporting.domain.creditcode.CreditCodeAllowList;
import org.industrialreporting.domain.creditcode.CreditCodeRule;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.domain.report.UnitJumpRule;
import picocli.CommandLine.Option;

/** The configurable validation rules, for every role that validates reports (the same rules everywhere). */
public final class ValidationOptions {

  @Option(names = "--first-year", paramLabel = "YEAR", defaultValue = "" + PeriodRule.DEFAULT_FIRST_YEAR,
      description = "Earliest year a report may be for; backfill from then on is valid (default: ${DEFAULT-VALUE}).")
  int firstYear;

  @Option(names = "--legacy-credit-codes", paramLabel = "FILE",
      description = "File of legitimate legacy credit codes that fail the check character, one per line.")
  Path legacyCodes;

  @Option(names = "--unit-jump-factor", paramLabel = "N", defaultValue = "" + UnitJumpRule.DEFAULT_FACTOR,
      description = "A figure this many times the previous month's is refused as a likely unit mistake"
          + " (default: ${DEFAULT-VALUE}).")
  long unitJumpFactor;

  /** The rules, reading the allow-list file if one is named. */
  public ReportRules rules() {
    Clock clock = Clock.systemUTC();
    CreditCodeAllowList allowList = legacyCodes == null ? CreditCodeAllowList.empty()
        : CreditCodeAllowList.load(legacyCodes);
    return new ReportRules(new PeriodRule(clock, PeriodRule.CHINA, firstYear), new CreditCodeRule(allowList),
        new UnitJumpRule(unitJumpFactor, UnitJumpRule.defaults().floors()));
  }
}
