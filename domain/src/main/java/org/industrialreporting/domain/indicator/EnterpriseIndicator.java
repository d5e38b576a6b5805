package org.industrialreporting.domain.indicator;

import java.util.Optional;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.IndicatorTotals;
import org.industrialreporting.avro.MonthlyReport;

/**
 * The indicators of an enterprise's monthly report (规上工业企业月报), in submission order, with their stored
 * fields on {@link MonthlyReport} and {@link IndicatorTotals} (the same names, except that the totals hold
 * {@code employee_months}). Use {@code get}/{@code set} and {@code getTotal}/{@code setTotal} instead of spelling out
 * a switch over the fields.
 */
public enum EnterpriseIndicator implements Indicator, StoredIn<MonthlyReport, IndicatorTotals> {
  OUTPUT_VALUE(1, "output_value", "工业总产值", Unit.THOUSAND_YUAN, "output_value_yuan",
      MonthlyReport::getOutputValueYuan, MonthlyReport::setOutputValueYuan,
      IndicatorTotals::getOutputValueYuan, IndicatorTotals::setOutputValueYuan),
  VALUE_ADDED(2, "value_added", "工业增加值", Unit.THOUSAND_YUAN, "value_added_yuan",
      MonthlyReport::getValueAddedYuan, MonthlyReport::setValueAddedYuan,
      IndicatorTotals::getValueAddedYuan, IndicatorTotals::setValueAddedYuan),
  REVENUE(3, "revenue", "营业收入", Unit.THOUSAND_YUAN, "revenue_yuan",
      MonthlyReport::getRevenueYuan, MonthlyReport::setRevenueYuan,
      IndicatorTotals::getRevenueYuan, IndicatorTotals::setRevenueYuan),
  PROFIT(4, "profit", "利润总额", Unit.THOUSAND_YUAN, "profit_yuan",
      MonthlyReport::getProfitYuan, MonthlyReport::setProfitYuan,
      IndicatorTotals::getProfitYuan, IndicatorTotals::setProfitYuan),
  TAX(5, "tax", "税金总额", Unit.THOUSAND_YUAN, "tax_yuan",
      MonthlyReport::getTaxYuan, MonthlyReport::setTaxYuan,
      IndicatorTotals::getTaxYuan, IndicatorTotals::setTaxYuan),
  ENERGY_TCE(6, "energy_tce", "综合能源消费量", Unit.TCE, "energy_kgce",
      MonthlyReport::getEnergyKgce, MonthlyReport::setEnergyKgce,
      IndicatorTotals::getEnergyKgce, IndicatorTotals::setEnergyKgce),
  ELECTRICITY_KWH(7, "electricity_kwh", "用电量", Unit.KWH, "electricity_kwh",
      MonthlyReport::getElectricityKwh, MonthlyReport::setElectricityKwh,
      IndicatorTotals::getElectricityKwh, IndicatorTotals::setElectricityKwh),
  // The report holds the month's average headcount (int); totals hold person-months (long).
  EMPLOYEES(8, "employees", "从业人员平均人数", Unit.PERSONS, "employees",
      MonthlyReport::getEmployees, (report, value) -> report.setEmployees(Math.toIntExact(value)),
      IndicatorTotals::getEmployeeMonths, IndicatorTotals::setEmployeeMonths),
  RD_EXPENSE(9, "rd_expense", "研发费用", Unit.THOUSAND_YUAN, "rd_expense_yuan",
      MonthlyReport::getRdExpenseYuan, MonthlyReport::setRdExpenseYuan,
      IndicatorTotals::getRdExpenseYuan, IndicatorTotals::setRdExpenseYuan),
  EXPORT_VALUE(10, "export_value", "出口交货值", Unit.THOUSAND_YUAN, "export_value_yuan",
      MonthlyReport::getExportValueYuan, MonthlyReport::setExportValueYuan,
      IndicatorTotals::getExportValueYuan, IndicatorTotals::setExportValueYuan);

  private final Definition definition;
  private final FieldAccessors<MonthlyReport, IndicatorTotals> stored;

  EnterpriseIndicator(int id, String fieldName, String alias, Unit unit, String storedField,
      ToLongFunction<MonthlyReport> reportGetter, ObjLongConsumer<MonthlyReport> reportSetter,
      ToLongFunction<IndicatorTotals> totalsGetter, ObjLongConsumer<IndicatorTotals> totalsSetter) {
    // Only profit may be negative (a loss).
    this.definition = new Definition(id, fieldName, alias, unit, storedField, "profit".equals(fieldName));
    this.stored = new FieldAccessors<>(reportGetter, reportSetter, totalsGetter, totalsSetter);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public FieldAccessors<MonthlyReport, IndicatorTotals> accessors() {
    return stored;
  }

  public static Optional<EnterpriseIndicator> byFieldName(String fieldName) {
    return Indicator.byFieldName(values(), fieldName);
  }
}
