package org.industrialreporting.dashboard.view;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** How far the view has got with the topics, for health and readiness checks. */
public interface ViewStatus {

  /** Whether the view has read every topic up to its end offset as of start. */
  boolean ready();

  /** Whether the view still follows the topics: false once an error stopped it. */
  boolean alive();

  /** The partitions not read up to their end offset as of start yet, with that offset; empty once ready. */
  Map<TopicPartition, Long> behind();
}
