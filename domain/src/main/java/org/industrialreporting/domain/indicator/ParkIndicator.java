package org.industrialreporting.domain.indicator;

import java.util.Optional;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.ParkTotals;

/**
 * The figures of a park's monthly report, which no enterprise reports, with their stored fields on
 * {@link ParkReport} and {@link ParkTotals}. None may be negative.
 */
public enum ParkIndicator implements Indicator, StoredIn<ParkReport, ParkTotals> {
  FISCAL_REVENUE(1, "fiscal_revenue", "财政收入", Unit.THOUSAND_YUAN, "fiscal_revenue_yuan",
      ParkReport::getFiscalRevenueYuan, ParkReport::setFiscalRevenueYuan,
      ParkTotals::getFiscalRevenueYuan, ParkTotals::setFiscalRevenueYuan),
  FIXED_ASSET_INVESTMENT(2, "fixed_asset_investment", "固定资产投资", Unit.THOUSAND_YUAN, "fixed_asset_investment_yuan",
      ParkReport::getFixedAssetInvestmentYuan, ParkReport::setFixedAssetInvestmentYuan,
      ParkTotals::getFixedAssetInvestmentYuan, ParkTotals::setFixedAssetInvestmentYuan),
  ACTUAL_FDI(3, "actual_fdi", "实际使用外资", Unit.THOUSAND_USD, "actual_fdi_usd",
      ParkReport::getActualFdiUsd, ParkReport::setActualFdiUsd,
      ParkTotals::getActualFdiUsd, ParkTotals::setActualFdiUsd),
  LAND_SUPPLIED_MU(4, "land_supplied_mu", "工业用地供应", Unit.MU, "land_supplied_centimu",
      ParkReport::getLandSuppliedCentimu, ParkReport::setLandSuppliedCentimu,
      ParkTotals::getLandSuppliedCentimu, ParkTotals::setLandSuppliedCentimu),
  LAND_RECOVERED_MU(5, "land_recovered_mu", "低效用地腾退", Unit.MU, "land_recovered_centimu",
      ParkReport::getLandRecoveredCentimu, ParkReport::setLandRecoveredCentimu,
      ParkTotals::getLandRecoveredCentimu, ParkTotals::setLandRecoveredCentimu);

  private final Definition definition;
  private final FieldAccessors<ParkReport, ParkTotals> stored;

  ParkIndicator(int id, String fieldName, String alias, Unit unit, String storedField,
      ToLongFunction<ParkReport> reportGetter, ObjLongConsumer<ParkReport> reportSetter,
      ToLongFunction<ParkTotals> totalsGetter, ObjLongConsumer<ParkTotals> totalsSetter) {
    this.definition = new Definition(id, fieldName, alias, unit, storedField, false);
    this.stored = new FieldAccessors<>(reportGetter, reportSetter, totalsGetter, totalsSetter);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public FieldAccessors<ParkReport, ParkTotals> accessors() {
    return stored;
  }

  public static Optional<ParkIndicator> byFieldName(String fieldName) {
    return Indicator.byFieldName(values(), fieldName);
  }
}
