package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.anomaly.SwingBasis;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.contribution.ScopeBatch;
import org.industrialreporting.streams.contribution.ScopeBatchCodec;
import org.industrialreporting.streams.history.HistoryCodec;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.industrialreporting.streams.ledger.EnterpriseLedger;
import org.industrialreporting.streams.ledger.LedgerCodec;
import org.industrialreporting.streams.park.ParkAttribution;
import org.industrialreporting.streams.park.ParkLedgerCodec;
import org.industrialreporting.streams.state.Wire;
import org.junit.jupiter.api.Test;

/**
 * The layouts of the state and the internal topic: values read back as written, fields by number so that what an
 * earlier version wrote reads in this one, and what a newer version wrote is refused with a clear message rather
 * than half read.
 */
class StateLayoutsTest {

  private final LedgerCodec ledgers = new LedgerCodec();
  private final ScopeBatchCodec batches = new ScopeBatchCodec();

  private static final Attribution IN_PARK = new Attribution("330411", List.of("XZ-PV", "XZ-HTZ"),
      Set.of(EnterpriseTag.HIGH_TECH, EnterpriseTag.STRATEGIC_EMERGING), 12_345L, "王店镇", "C3825", true);
  private static final Attribution OUTSIDE = new Attribution("330411", List.of(), Set.of(), null, null, "C3825", true);

  private static long[] figures(long output) {
    long[] figures = new long[EnterpriseIndicator.values().length];
    figures[EnterpriseIndicator.OUTPUT_VALUE.ordinal()] = output;
    figures[EnterpriseIndicator.PROFIT.ordinal()] = -output / 10;
    figures[EnterpriseIndicator.EXPORT_VALUE.ordinal()] = 5;
    return figures;
  }

  private static EnterpriseLedger ledger() {
    MonthHistory<Attribution> months = new MonthHistory<>();
    months.put(new ReportMonth<>(Months.of(2025, 9), 1, 17, 0, OUTSIDE, figures(1_000_000_000L)));
    months.put(new ReportMonth<>(Months.of(2026, 8), 1, 900, 0, IN_PARK, figures(7)));
    months.put(new ReportMonth<>(Months.of(2026, 9), 3, 1_234_567, 1_790_000_000_000_000L, IN_PARK, figures(0)));
    return new EnterpriseLedger(months,
        List.of(new AlertMark("ENTERPRISE|91330411000000001R|2026-09|ENERGY_RISE", true, 2)));
  }

  private static ScopeBatch batch() {
    Cell change = new Cell();
    change.add(CellFigure.ENTERPRISES, 1);
    change.add(CellFigure.total(EnterpriseIndicator.PROFIT), -1_500_000_000_000L);
    change.add(CellFigure.comparablePreviousYear(EnterpriseIndicator.EXPORT_VALUE), Long.MAX_VALUE);
    change.touch(1_790_000_000_000L);
    return new ScopeBatch(17, List.of(new ScopeBatch.CellChange(Scope.park("XZ-PV"), Months.of(2026, 9), change)),
        List.of(new ScopeBatch.TargetChange(Scope.district("330411"), 2026, "output_value", 47_500_000_000_000L),
            new ScopeBatch.TargetChange(Scope.park("XZ-HTZ"), 2027, "fiscal_revenue", null)));
  }

  @Test
  void ledgersReadBackAsWritten() {
    EnterpriseLedger ledger = ledger();
    assertThat(ledgers.deserialize("t", ledgers.serialize("t", ledger))).isEqualTo(ledger);
    EnterpriseLedger empty = EnterpriseLedger.empty();
    assertThat(ledgers.deserialize("t", ledgers.serialize("t", empty))).isEqualTo(empty);
  }

  @Test
  void parkLedgersAndScopeBatchesReadBackAsWritten() {
    ParkLedgerCodec parks = new ParkLedgerCodec();
    MonthHistory<ParkAttribution> history = new MonthHistory<>();
    history.put(new ReportMonth<>(Months.of(2026, 9), 2, 40, 0, new ParkAttribution("330411", List.of("XZ-PV",
        "XZ-HTZ")), new long[] {2_020_000_000L, 0, 3, 0, 12_50}));
    assertThat(parks.deserialize("t", parks.serialize("t", history))).isEqualTo(history);
    assertThat(batches.deserialize("t", batches.serialize("t", batch()))).isEqualTo(batch());
  }

  @Test
  void aHistoryWrittenBeforeAnIndicatorExistedReadsWithZerosForIt() {
    // The ledger's months as a version without export_value wrote them: the field is simply absent.
    HistoryCodec<Attribution> withoutExports = new HistoryCodec<>("A test ledger", new EnterpriseIndicator[] {
        EnterpriseIndicator.OUTPUT_VALUE, EnterpriseIndicator.VALUE_ADDED, EnterpriseIndicator.REVENUE,
        EnterpriseIndicator.PROFIT, EnterpriseIndicator.TAX, EnterpriseIndicator.ENERGY_TCE,
        EnterpriseIndicator.ELECTRICITY_KWH, EnterpriseIndicator.EMPLOYEES, EnterpriseIndicator.RD_EXPENSE},
        new AttributionFields());
    MonthHistory<Attribution> older = new MonthHistory<>();
    long[] nine = new long[9];
    nine[0] = 1_000;
    older.put(new ReportMonth<>(Months.of(2026, 9), 1, 5, 0, OUTSIDE, nine));
    byte[] written = Wire.encode(out -> {
      out.int64(Wire.LAYOUT, LedgerCodec.LAYOUT);
      withoutExports.write(out, 3, 4, older);
    });

    ReportMonth<Attribution> read = ledgers.deserialize("t", written).months().get(Months.of(2026, 9));

    assertThat(read.figure(EnterpriseIndicator.OUTPUT_VALUE.ordinal())).isEqualTo(1_000);
    assertThat(read.figure(EnterpriseIndicator.EXPORT_VALUE.ordinal())).isZero();
  }

  /** Frozen bytes of layout 1: a change of layout that breaks what earlier versions wrote fails here first. */
  @Test
  void recordsOfLayoutOneStillRead() {
    assertThat(ledgers.deserialize("t", HexFormat.of().parseHex(LEDGER_V1))).isEqualTo(ledger());
    assertThat(batches.deserialize("t", HexFormat.of().parseHex(BATCH_V1))).isEqualTo(batch());
  }

  @Test
  void recordsWrittenBeforeTheCorrectionsFigureAndTheSwingBasisReadWithoutThem() {
    // Layout 1 gained cell figure 33 (corrections) and the alert mark's field 5 (a swing's basis) as new numbers.
    assertThat(batches.deserialize("t", HexFormat.of().parseHex(BATCH_V1)).cells())
        .allSatisfy(change -> assertThat(change.change().get(CellFigure.CORRECTIONS)).isZero());
    assertThat(ledgers.deserialize("t", HexFormat.of().parseHex(LEDGER_V1)).alerts())
        .allSatisfy(mark -> assertThat(mark.basis()).isNull());

    Cell corrected = new Cell();
    corrected.add(CellFigure.CORRECTIONS, 2);
    corrected.add(CellFigure.total(EnterpriseIndicator.ENERGY_TCE), -40_000);
    ScopeBatch withCorrections = new ScopeBatch(3, List.of(new ScopeBatch.CellChange(Scope.district("330411"),
        Months.of(2026, 9), corrected)), List.of());
    assertThat(batches.deserialize("t", batches.serialize("t", withCorrections))).isEqualTo(withCorrections);
  }

  @Test
  void aSwingsMarkKeepsItsBasis() throws IOException {
    AlertMark mark = new AlertMark("DISTRICT|330411|2026-09|ROLLUP_SWING", true, 3,
        new SwingBasis(5, 511, 12_000, (1L << 24) - 2));
    byte[] written = Wire.encode(out -> mark.write(out, 4));
    Wire.Reader in = Wire.read(written);

    assertThat(in.next()).isEqualTo(4);
    assertThat(AlertMark.read(in, "A test")).isEqualTo(mark);
  }

  @Test
  void aRetiredFigureInEarlierStateIsDropped() {
    // Fields 26, land (land-months), and 27, the land of an enterprise's first month of the year, which the version
    // before land-months wrote.
    byte[] withRetiredFigure = Wire.encode(out -> {
      out.int64(Wire.LAYOUT, ScopeBatchCodec.LAYOUT).startGroup(2).int64(1, 1).string(2, "330411")
          .int64(3, Months.of(2026, 9)).int64(26, 5_000).int64(27, 5_000).endGroup(2);
    });

    ScopeBatch.CellChange change = batches.deserialize("updates", withRetiredFigure).cells().get(0);

    assertThat(change.change().get(CellFigure.LAND_MONTH)).isEqualTo(5_000);
  }

  @Test
  void whatANewerVersionWroteIsRefusedNamingWhy() {
    byte[] newerLayout = Wire.encode(out -> out.int64(Wire.LAYOUT, LedgerCodec.LAYOUT + 1));
    assertThatThrownBy(() -> ledgers.deserialize("ledgers", newerLayout)).isInstanceOf(SerializationException.class)
        .hasMessageContaining("layout version 2").hasMessageContaining("upgrade every instance");

    byte[] unknownFigure = Wire.encode(out -> {
      out.int64(Wire.LAYOUT, ScopeBatchCodec.LAYOUT).startGroup(2).int64(1, 1).string(2, "330411")
          .int64(3, Months.of(2026, 9)).int64(99, 5).endGroup(2);
    });
    assertThatThrownBy(() -> batches.deserialize("updates", unknownFigure)).isInstanceOf(SerializationException.class)
        .hasMessageContaining("field 99");
    assertThatThrownBy(() -> batches.deserialize("updates", new byte[] {8, 1, 9}))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void scopesKeepTheirTypeOnTheWire() {
    // The numbers are the wire's, whatever the order of the Avro enum's symbols.
    assertThat(List.of(ScopeType.DISTRICT, ScopeType.PARK, ScopeType.TOWN, ScopeType.INDUSTRY))
        .extracting(Scope::typeNumber).containsExactly(1, 2, 3, 4);
    for (ScopeType type : ScopeType.values()) {
      assertThat(Scope.typeOf(Scope.typeNumber(type))).isEqualTo(type);
    }
    Cell change = new Cell();
    change.add(CellFigure.ENTERPRISES, 1);
    ScopeBatch townAndIndustry = new ScopeBatch(3, List.of(
        new ScopeBatch.CellChange(Scope.town("330411", "王店镇"), Months.of(2026, 9), change),
        new ScopeBatch.CellChange(Scope.industry("330411", "C38"), Months.of(2026, 9), change)), List.of());
    assertThat(batches.deserialize("t", batches.serialize("t", townAndIndustry))).isEqualTo(townAndIndustry);
    assertThat(townAndIndustry.cells()).extracting(c -> c.scope().key())
        .containsExactly("T|330411|王店镇", "I|330411|C38");
  }

  @Test
  void anEnterprisesScopesAreItsDistrictParksTownAndDivision() {
    assertThat(IN_PARK.scopes()).containsExactly(Scope.district("330411"), Scope.park("XZ-PV"), Scope.park("XZ-HTZ"),
        Scope.town("330411", "王店镇"), Scope.industry("330411", "C38"));
    assertThat(OUTSIDE.scopes()).as("no town").containsExactly(Scope.district("330411"),
        Scope.industry("330411", "C38"));
  }

  // Written by this version's codecs from ledger() and batch() when layout 1 was made.
  private static final String LEDGER_V1 = ""
      + "08021b0a063333303431313205433338323538011c1b0a063333303431311205585a2d50561206585a2d48545a180620"
      + "f2c0012a09e78e8be5ba97e995873205433338323538011c2308e8fb02100218223080a8d6b90748ff83af5f780a2423"
      + "08fefb02100218880e2802300e780a24230880fc021006188eda9601208080afa2dbffad062802780a242b0a31454e54"
      + "455250524953457c3931333330343131303030303030303031527c323032362d30397c454e455247595f524953451801"
      + "20042c";
  private static final String BATCH_V1 = ""
      + "080220221308041205585a2d50561880fc022080b083c59868800102c006ffdfbcefa757b013feffffffffffffffff01"
      + "141b0802120633333034313118d41f220c6f75747075745f76616c75652880e083caeecc151c1b08041206585a2d4854"
      + "5a18d61f220e66697363616c5f726576656e75651c";

  /** The attribution fields of the enterprise ledger's layout, for writing a history as an older version did. */
  private static final class AttributionFields implements HistoryCodec.AttributionCodec<Attribution> {
    @Override
    public void write(Wire.Writer out, Attribution a) throws IOException {
      out.string(1, a.districtCode()).int64(3, 0).optionalInt64(4, a.landCentimu()).string(6, a.industryCode())
          .bool(7, a.aboveScale());
    }

    @Override
    public Attribution read(Wire.Reader in) {
      throw new UnsupportedOperationException("only written");
    }
  }
}
