package org.industrialreporting.streams.park;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.streams.history.HistoryCodec;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.state.Wire;

/**
 * The value of the park ledger store: a park's reports in force, in the wire format of {@link Wire}, layout
 * {@value #LAYOUT}:
 *
 * <pre>
 * 1 layout   2 attribution (group, repeated): 1 district_code  2 park_id (repeated: the park, then its parents)
 *            3 month (group, repeated, in month order; see {@link HistoryCodec})
 * </pre>
 */
public final class ParkLedgerCodec implements Serde<MonthHistory<ParkAttribution>>,
    Serializer<MonthHistory<ParkAttribution>>, Deserializer<MonthHistory<ParkAttribution>> {

  public static final int LAYOUT = 1;

  private static final int ATTRIBUTION = 2;
  private static final int MONTH = 3;
  private static final String WHAT = "A park ledger";
  private static final HistoryCodec<ParkAttribution> HISTORY = new HistoryCodec<>(WHAT, ParkIndicator.values(),
      new HistoryCodec.AttributionCodec<>() {
        @Override
        public void write(Wire.Writer out, ParkAttribution a) throws IOException {
          out.string(1, a.districtCode());
          for (String park : a.parkIds()) {
            out.string(2, park);
          }
        }

        @Override
        public ParkAttribution read(Wire.Reader in) throws IOException {
          String district = null;
          List<String> parks = new ArrayList<>(2);
          for (int field = in.next(); field != 0; field = in.next()) {
            switch (field) {
              case 1 -> district = in.string();
              case 2 -> parks.add(in.string());
              default -> throw in.unknown(WHAT + " attribution");
            }
          }
          return new ParkAttribution(district, parks);
        }
      });

  @Override
  public byte[] serialize(String topic, MonthHistory<ParkAttribution> history) {
    if (history == null) {
      return null;
    }
    return Wire.encode(out -> {
      out.int64(Wire.LAYOUT, LAYOUT);
      HISTORY.write(out, ATTRIBUTION, MONTH, history);
    });
  }

  @Override
  public MonthHistory<ParkAttribution> deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      Wire.Reader in = Wire.read(data);
      in.layout(WHAT, LAYOUT);
      HistoryCodec<ParkAttribution>.Collector history = HISTORY.collector();
      for (int field = in.next(); field != 0; field = in.next()) {
        switch (field) {
          case ATTRIBUTION -> history.readAttribution(in);
          case MONTH -> history.readMonth(in);
          default -> throw in.unknown(WHAT);
        }
      }
      return history.history();
    } catch (IOException e) {
      throw new SerializationException(WHAT + " on " + topic + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<MonthHistory<ParkAttribution>> serializer() {
    return this;
  }

  @Override
  public Deserializer<MonthHistory<ParkAttribution>> deserializer() {
    return this;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
  }

  @Override
  public void close() {
  }
}
