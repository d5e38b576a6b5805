package org.industrialreporting.streams.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.streams.state.Wire;

/**
 * The months of a {@link MonthHistory} on the wire, for the enterprise and park ledgers alike: the distinct
 * attributions once each, as groups in order of first use, then one group per month.
 *
 * <pre>
 * month group:  1 month (see Months)   2 revision   3 offset on the input partition   4 producer's revision number
 *               5 attribution (its position among the attribution groups)
 *               5 + indicator id: the indicator's figure (its stable id, never its position), left out when zero
 * </pre>
 *
 * @param <A> the attribution
 */
public final class HistoryCodec<A> {

  private static final int MONTH = 1;
  private static final int REVISION = 2;
  private static final int OFFSET = 3;
  private static final int CLAIMED_REVISION = 4;
  private static final int ATTRIBUTION = 5;
  private static final int FIGURES_BEFORE = 5;

  /** Writes and reads one attribution group's fields. */
  public interface AttributionCodec<A> {
    void write(Wire.Writer out, A attribution) throws IOException;

    A read(Wire.Reader in) throws IOException;
  }

  private final String what;
  private final Indicator[] indicators;
  private final Indicator[] byField;
  private final AttributionCodec<A> attributions;

  /**
   * @param what        the record, for errors
   * @param indicators  the figures, in the order of their ordinals in {@link ReportMonth#figure(int)}
   */
  public HistoryCodec(String what, Indicator[] indicators, AttributionCodec<A> attributions) {
    this.what = what;
    this.indicators = indicators.clone();
    int maxId = 0;
    for (Indicator indicator : indicators) {
      maxId = Math.max(maxId, indicator.id());
    }
    this.byField = new Indicator[FIGURES_BEFORE + maxId + 1];
    for (Indicator indicator : indicators) {
      byField[FIGURES_BEFORE + indicator.id()] = indicator;
    }
    this.attributions = attributions;
  }

  /** Writes the history: attribution groups in {@code attributionField}, month groups in {@code monthField}. */
  public void write(Wire.Writer out, int attributionField, int monthField, MonthHistory<A> history)
      throws IOException {
    Map<A, Integer> index = new HashMap<>();
    for (ReportMonth<A> month : history.all()) {
      if (index.putIfAbsent(month.attribution(), index.size()) == null) {
        out.startGroup(attributionField);
        attributions.write(out, month.attribution());
        out.endGroup(attributionField);
      }
    }
    for (ReportMonth<A> month : history.all()) {
      out.startGroup(monthField)
          .int64(MONTH, month.month())
          .int64(REVISION, month.revision())
          .int64(OFFSET, month.offset())
          .int64(CLAIMED_REVISION, month.claimedRevision())
          .int64(ATTRIBUTION, index.get(month.attribution()));
      long[] figures = month.figures();
      for (int i = 0; i < indicators.length; i++) {
        out.int64(FIGURES_BEFORE + indicators[i].id(), figures[i]);
      }
      out.endGroup(monthField);
    }
  }

  /** Collects attribution and month groups as the enclosing record's reader meets them. */
  public final class Collector {
    private final List<A> attributionsRead = new ArrayList<>();
    private final List<Read> months = new ArrayList<>();

    private record Read(int month, int revision, long offset, long claimed, int attribution, long[] figures) {
    }

    public void readAttribution(Wire.Reader in) throws IOException {
      in.group();
      attributionsRead.add(attributions.read(in));
    }

    public void readMonth(Wire.Reader in) throws IOException {
      in.group();
      int month = 0;
      int revision = 0;
      long offset = 0;
      long claimed = 0;
      int attribution = 0;
      long[] figures = new long[indicators.length];
      for (int field = in.next(); field != 0; field = in.next()) {
        switch (field) {
          case MONTH -> month = in.int32();
          case REVISION -> revision = in.int32();
          case OFFSET -> offset = in.int64();
          case CLAIMED_REVISION -> claimed = in.int64();
          case ATTRIBUTION -> attribution = in.int32();
          default -> {
            Indicator indicator = field < byField.length ? byField[field] : null;
            if (indicator == null) {
              throw in.unknown(what + " month");
            }
            figures[((Enum<?>) indicator).ordinal()] = in.int64();
          }
        }
      }
      months.add(new Read(month, revision, offset, claimed, attribution, figures));
    }

    /** The history read, each month with its attribution. */
    public MonthHistory<A> history() {
      MonthHistory<A> history = new MonthHistory<>();
      for (Read m : months) {
        if (m.attribution() < 0 || m.attribution() >= attributionsRead.size()) {
          throw new SerializationException(what + " month " + m.month() + " names attribution " + m.attribution()
              + " of " + attributionsRead.size());
        }
        history.put(new ReportMonth<>(m.month(), m.revision(), m.offset(), m.claimed(),
            attributionsRead.get(m.attribution()), m.figures()));
      }
      return history;
    }
  }

  public Collector collector() {
    return new Collector();
  }
}
