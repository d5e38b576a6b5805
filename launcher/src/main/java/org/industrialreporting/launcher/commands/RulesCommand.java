package org.industrialreporting.launcher.commands;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.industrialreporting.alerts.rules.AlertRulesClient;
import org.industrialreporting.alerts.rules.RuleChange;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The alert rules on the alert-rules topic: list, set, delete. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List, set and delete the thresholds of the anomaly alerts (topic alert-rules). The streams"
        + " application applies a change from its next evaluation, without a restart.",
        "Of the rules matching an enterprise, the longest industry prefix wins, then a district's rule, then an"
            + " indicator's; every kind has a default rule (KIND|*|*|*)."},
    subcommands = {RulesCommand.ListRules.class, RulesCommand.SetRules.class, RulesCommand.DeleteRules.class})
public final class RulesCommand {

  private RulesCommand() {
  }

  /** What every rules subcommand connects with. */
  public static final class Connection {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    RegistryOptions registry;

    AlertRulesClient client(LaunchContext context) {
      return new AlertRulesClient(kafka.requireCluster("rules", context), kafka.catalog().alertRules().name(),
          AvroSerdes.connect(registry.requireRegistry("rules")).value(AlertRule.class));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print the rules in force, those on the topic and the built-in defaults they do not override.")
  static final class ListRules implements Runnable {

    @Mixin
    Connection connection;

    private final LaunchContext context;

    ListRules(LaunchContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      Map<String, AlertRule> onTopic = connection.client(context).list();
      context.out().printf("%-44s %-8s %7s %7s %9s %9s  %s%n", "rule", "enabled", "yellow", "red", "min%", "red%",
          "other thresholds, note");
      RuleBook.of(onTopic.values()).rules().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(entry -> context.out().println(line(entry.getKey(), entry.getValue(),
              onTopic.containsKey(entry.getKey()))));
    }

    private static String line(String key, AlertRule r, boolean onTopic) {
      String other = switch (r.getKind()) {
        case STOPPAGE -> String.format(Locale.ROOT, "output <= %d bp and energy <= %d bp, RED output <= %d bp",
            r.getStoppageOutputRatioBp(), r.getStoppageEnergyRatioBp(), r.getStoppageRedOutputRatioBp());
        case BUDGET_OVERRUN -> "RED beyond " + r.getBudgetRedOverrunBp() + " bp of the pro-rata budget";
        case ROLLUP_SWING -> String.format(Locale.ROOT, "judged at %d bp of reporters or after day %d", r.getCompleteShareBp(),
            r.getReportingDeadlineDay());
        case REPORT_MISSING -> String.format(Locale.ROOT, "due by day %d of the next month, reminders %d days before",
            r.getReportingDeadlineDay(), r.getReminderLeadDays());
        default -> "";
      };
      boolean statistical = r.getKind() != AlertKind.STOPPAGE && r.getKind() != AlertKind.BUDGET_OVERRUN
          && r.getKind() != AlertKind.REPORT_MISSING;
      return String.format(Locale.ROOT, "%-44s %-8s %7s %7s %9s %9s  %s%s%s", key, r.getEnabled(),
          statistical ? r.getYellowZ() : "", statistical ? r.getRedZ() : "",
          statistical ? "+" + r.getMinChangeBp() / 100.0 : "", statistical ? "+" + r.getRedChangeBp() / 100.0 : "",
          other, r.getNote() == null ? "" : (other.isEmpty() ? "" : "; ") + r.getNote(),
          onTopic ? "" : " (built-in, not on the topic)");
    }
  }

  @Command(name = "set", mixinStandardHelpOptions = true,
      description = {"Set a rule from flags, or rules from a JSON lines file with AlertRule's field names, e.g."
          + " {\"kind\":\"INTENSITY_JUMP\",\"industry_prefix\":\"C30\",\"yellow_z\":6}.",
          "Fields not given keep the values of the rule in force for that kind and scope now."})
  static final class SetRules implements Runnable {

    @Mixin
    Connection connection;

    @Option(names = "--file", paramLabel = "FILE", description = "JSON lines, one rule per line.")
    Path file;

    @Option(names = "--kind", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
    AlertKind kind;

    @Option(names = "--indicator", paramLabel = "NAME", description = "ROLLUP_SWING only: energy_tce or output_value.")
    String indicator;

    @Option(names = "--district", paramLabel = "CODE", description = "District the rule is for.")
    String district;

    @Option(names = "--industry", paramLabel = "PREFIX", description = "GB/T 4754 prefix the rule is for, e.g. C30.")
    String industry;

    @Option(names = "--enabled", paramLabel = "true|false", arity = "1",
        description = "false: no alert of this kind where the rule applies.")
    Boolean enabled;

    @Option(names = "--yellow-z", paramLabel = "Z", description = "Robust z from which a change is an alert.")
    Double yellowZ;

    @Option(names = "--red-z", paramLabel = "Z", description = "Robust z from which an alert is RED.")
    Double redZ;

    @Option(names = "--min-change-bp", paramLabel = "BP",
        description = "Smallest change that is an alert, basis points of a rise (8000: +80%% or -44%%).")
    Integer minChangeBp;

    @Option(names = "--red-change-bp", paramLabel = "BP",
        description = "Change from which an alert is RED, basis points of a rise.")
    Integer redChangeBp;

    @Option(names = "--stoppage-output-ratio-bp", paramLabel = "BP",
        description = "STOPPAGE: output at most this share of its expected level, basis points.")
    Integer stoppageOutputRatioBp;

    @Option(names = "--stoppage-energy-ratio-bp", paramLabel = "BP",
        description = "STOPPAGE: and energy at most this share of its expected level.")
    Integer stoppageEnergyRatioBp;

    @Option(names = "--stoppage-red-output-ratio-bp", paramLabel = "BP",
        description = "STOPPAGE: RED when output is at most this share.")
    Integer stoppageRedOutputRatioBp;

    @Option(names = "--budget-red-overrun-bp", paramLabel = "BP",
        description = "BUDGET_OVERRUN: RED beyond this share of the pro-rata budget (1000 = 10%%).")
    Integer budgetRedOverrunBp;

    @Option(names = "--complete-share-bp", paramLabel = "BP",
        description = "ROLLUP_SWING: a month is judged once its reporters reach this share of those expected (9500 = 95%%).")
    Integer completeShareBp;

    @Option(names = "--reporting-deadline-day", paramLabel = "DAY",
        description = "ROLLUP_SWING: or once this day of the following month is over (Beijing time), 1 to 28."
            + " REPORT_MISSING: the reporting deadline, this day of the following month (default 10).")
    Integer reportingDeadlineDay;

    @Option(names = "--reminder-lead-days", paramLabel = "DAYS",
        description = "REPORT_MISSING: the first 催报 notice this many days before the deadline's end, 0 to 27"
            + " (default 3).")
    Integer reminderLeadDays;

    @Option(names = "--note", paramLabel = "TEXT", description = "Who sets the rule and why.")
    String note;

    private final LaunchContext context;

    SetRules(LaunchContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      List<RuleChange> changes = file != null ? fromFile() : List.of(fromFlags());
      AlertRulesClient client = connection.client(context);
      RuleBook current = client.inForce();
      List<AlertRule> rules = new ArrayList<>();
      changes.forEach(change -> rules.add(change.against(current))); // every rule checked before any is written
      rules.forEach(rule -> context.out().println("Set " + client.set(rule)));
    }

    private RuleChange fromFlags() {
      if (kind == null) {
        throw new IllegalArgumentException("rules set needs --kind KIND or --file FILE");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("kind", kind.name());
      fields.put("indicator", indicator);
      fields.put("district_code", district);
      fields.put("industry_prefix", industry);
      putIfGiven(fields, "enabled", enabled);
      putIfGiven(fields, "yellow_z", yellowZ);
      putIfGiven(fields, "red_z", redZ);
      putIfGiven(fields, "min_change_bp", minChangeBp);
      putIfGiven(fields, "red_change_bp", redChangeBp);
      putIfGiven(fields, "stoppage_output_ratio_bp", stoppageOutputRatioBp);
      putIfGiven(fields, "stoppage_energy_ratio_bp", stoppageEnergyRatioBp);
      putIfGiven(fields, "stoppage_red_output_ratio_bp", stoppageRedOutputRatioBp);
      putIfGiven(fields, "budget_red_overrun_bp", budgetRedOverrunBp);
      putIfGiven(fields, "complete_share_bp", completeShareBp);
      putIfGiven(fields, "reporting_deadline_day", reportingDeadlineDay);
      putIfGiven(fields, "reminder_lead_days", reminderLeadDays);
      putIfGiven(fields, "note", note);
      return new RuleChange(fields);
    }

    private static void putIfGiven(Map<String, Object> fields, String name, Object value) {
      if (value != null) {
        fields.put(name, value);
      }
    }

    private List<RuleChange> fromFile() {
      ObjectMapper json = new ObjectMapper();
      List<RuleChange> changes = new ArrayList<>();
      try {
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          line++;
          if (text.isBlank()) {
            continue;
          }
          try {
            changes.add(new RuleChange(json.readValue(text, new TypeReference<Map<String, Object>>() { })));
          } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
      }
      return changes;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = "Delete rules by key (see rules list); a default key falls back to the built-in default.")
  static final class DeleteRules implements Runnable {

    @Mixin
    Connection connection;

    @Parameters(paramLabel = "KEY", arity = "1..*", description = "Rule keys, e.g. 'INTENSITY_JUMP|*|*|C30'.")
    List<String> keys;

    private final LaunchContext context;

    DeleteRules(LaunchContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      AlertRulesClient client = connection.client(context);
      keys.forEach(key -> {
        client.delete(key);
        context.out().println("Deleted " + key);
      });
    }
  }
}
