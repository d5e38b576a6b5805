package org.industrialreporting.alerts.follow;

import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;

/**
 * One alert as one readable line: its level, month, kind, whom it names and the explanation, e.g.
 * {@code RED     2026-09 ENERGY_RISE 91330411MA000023BA 嘉兴恒达科光伏有限公司 2026年9月综合能耗 …}. The level is coloured
 * (red, yellow) only where asked, i.e. on a terminal; a cleared alert says CLEARED.
 */
public final class AlertLine {

  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  private AlertLine() {
  }

  public static String format(AnomalyAlert alert, boolean colour) {
    String level = alert.getStatus() == AlertStatus.CLEARED ? "CLEARED" : String.valueOf(alert.getSeverity());
    String padded = String.format("%-7s", level);
    if (colour && alert.getStatus() == AlertStatus.OPEN) {
      padded = (alert.getSeverity() == Severity.RED ? RED : YELLOW) + padded + RESET;
    }
    return padded + " " + alert.getPeriod() + " " + alert.getKind() + " " + alert.getScopeId() + " r"
        + alert.getRevision() + " " + alert.getExplanation();
  }
}
