package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * What {@link ReportAggregator} needs to know about one kind of report (enterprise or park): who reported, for
 * which month and revision, how a report is attributed to scopes, and what attributed reports contribute to cells.
 *
 * @param <I> the report as it arrives
 * @param <A> the report as kept, with its attribution
 */
interface ReportKind<I, A> {

  /** Called once per task, to look up the stores attribution needs. */
  void init(ProcessorContext<?, ?> context);

  String reporterId(I report);

  YearMonth period(I report);

  long revision(I report);

  long revisionOf(A attributed);

  A attribute(I report);

  Map<String, CellVector> contributions(NavigableMap<YearMonth, A> reports, int year);
}
