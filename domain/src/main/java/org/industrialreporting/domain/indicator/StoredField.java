package org.industrialreporting.domain.indicator;

import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/** Reads and writes one figure on a report type and on the type that sums such reports. */
record StoredField<R, T>(
    ToLongFunction<R> reportGetter, ObjLongConsumer<R> reportSetter,
    ToLongFunction<T> totalsGetter, ObjLongConsumer<T> totalsSetter) {
}
