package org.industrialreporting.streams.ledger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.history.HistoryCodec;
import org.industrialreporting.streams.state.Wire;

/**
 * The value of the enterprise ledger store (and of its changelog, which the dashboard reads), in the wire format of
 * {@link Wire}, layout {@value #LAYOUT}:
 *
 * <pre>
 * 1 layout   3 attribution (group, repeated)   4 month (group, repeated, in month order; see {@link HistoryCodec})
 * 5 alert (group, repeated; see {@link AlertMark})
 *
 * attribution:   1 district_code  2 park_id (repeated: the park, then its parents)  3 tags  4 land_area_centimu
 *                5 town  6 industry_code  7 above_scale
 * tags:          1 STRATEGIC_EMERGING, 2 HIGH_TECH, 4 EQUIPMENT_MANUFACTURING, 8 DIGITAL_ECONOMY_CORE
 * </pre>
 */
public final class LedgerCodec implements Serde<EnterpriseLedger>, Serializer<EnterpriseLedger>,
    Deserializer<EnterpriseLedger> {

  public static final int LAYOUT = 1;

  private static final int ATTRIBUTION = 3;
  private static final int MONTH = 4;
  private static final int ALERT = 5;

  private static final String WHAT = "An enterprise ledger";
  private static final HistoryCodec<Attribution> HISTORY = new HistoryCodec<>(WHAT, EnterpriseIndicator.values(),
      new HistoryCodec.AttributionCodec<>() {
        @Override
        public void write(Wire.Writer out, Attribution a) throws IOException {
          out.string(1, a.districtCode());
          for (String park : a.parkIds()) {
            out.string(2, park);
          }
          out.int64(3, tagBits(a.tags())).optionalInt64(4, a.landCentimu()).string(5, a.town())
              .string(6, a.industryCode()).bool(7, a.aboveScale());
        }

        @Override
        public Attribution read(Wire.Reader in) throws IOException {
          String district = null;
          List<String> parks = new ArrayList<>(2);
          long tags = 0;
          Long land = null;
          String town = null;
          String industry = null;
          boolean aboveScale = false;
          for (int field = in.next(); field != 0; field = in.next()) {
            switch (field) {
              case 1 -> district = in.string();
              case 2 -> parks.add(in.string());
              case 3 -> tags = in.int64();
              case 4 -> land = in.int64();
              case 5 -> town = in.string();
              case 6 -> industry = in.string();
              case 7 -> aboveScale = in.bool();
              default -> throw in.unknown(WHAT + " attribution");
            }
          }
          if (district == null) {
            throw new SerializationException(WHAT + " has an attribution without a district");
          }
          return new Attribution(district, parks, tags(tags), land, town, industry, aboveScale);
        }
      });

  @Override
  public byte[] serialize(String topic, EnterpriseLedger ledger) {
    if (ledger == null) {
      return null;
    }
    return Wire.encode(out -> {
      out.int64(Wire.LAYOUT, LAYOUT);
      HISTORY.write(out, ATTRIBUTION, MONTH, ledger.months());
      for (AlertMark mark : ledger.alerts()) {
        mark.write(out, ALERT);
      }
    });
  }

  @Override
  public EnterpriseLedger deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      Wire.Reader in = Wire.read(data);
      in.layout(WHAT, LAYOUT);
      HistoryCodec<Attribution>.Collector history = HISTORY.collector();
      List<AlertMark> alerts = new ArrayList<>();
      for (int field = in.next(); field != 0; field = in.next()) {
        switch (field) {
          case ATTRIBUTION -> history.readAttribution(in);
          case MONTH -> history.readMonth(in);
          case ALERT -> alerts.add(AlertMark.read(in, WHAT));
          default -> throw in.unknown(WHAT);
        }
      }
      return new EnterpriseLedger(history.history(), alerts);
    } catch (IOException e) {
      throw new SerializationException(WHAT + " on " + topic + " cannot be read: " + e.getMessage(), e);
    }
  }

  static long tagBits(Iterable<EnterpriseTag> tags) {
    long bits = 0;
    for (EnterpriseTag tag : tags) {
      bits |= tagBit(tag);
    }
    return bits;
  }

  private static long tagBit(EnterpriseTag tag) {
    return switch (tag) {
      case STRATEGIC_EMERGING -> 1;
      case HIGH_TECH -> 2;
      case EQUIPMENT_MANUFACTURING -> 4;
      case DIGITAL_ECONOMY_CORE -> 8;
    };
  }

  static Set<EnterpriseTag> tags(long bits) {
    Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
    for (EnterpriseTag tag : EnterpriseTag.values()) {
      if ((bits & tagBit(tag)) != 0) {
        tags.add(tag);
      }
    }
    if (bits >= 16) {
      throw new SerializationException(WHAT + " has tag bits " + bits + " unknown to this version");
    }
    return tags;
  }

  @Override
  public Serializer<EnterpriseLedger> serializer() {
    return this;
  }

  @Override
  public Deserializer<EnterpriseLedger> deserializer() {
    return this;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
  }

  @Override
  public void close() {
  }
}
