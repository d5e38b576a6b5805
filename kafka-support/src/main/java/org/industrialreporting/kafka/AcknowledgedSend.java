package org.industrialreporting.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends records to one topic and returns once Kafka has acknowledged every one. */
public final class AcknowledgedSend {

  private AcknowledgedSend() {
  }

  /**
   * @param what what the records are, for the error (e.g. "bulletins")
   * @throws KafkaOperationException naming {@code what} and the topic when a record is not acknowledged
   */
  public static <K, V> void send(Producer<K, V> producer, String topic, List<ProducerRecord<K, V>> records,
      String what) {
    List<Future<?>> acknowledgements = new ArrayList<>(records.size());
    records.forEach(record -> acknowledgements.add(producer.send(record)));
    try {
      for (Future<?> acknowledgement : acknowledgements) {
        acknowledgement.get();
      }
    } catch (ExecutionException e) {
      throw new KafkaOperationException("Could not write " + what + " to " + topic + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaOperationException("Interrupted while writing " + what + " to " + topic, e);
    }
  }
}
