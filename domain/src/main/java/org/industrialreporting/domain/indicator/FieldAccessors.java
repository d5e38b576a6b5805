package org.industrialreporting.domain.indicator;

import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/** Getters and setters of one figure on a report type and on the type that sums such reports. */
public record FieldAccessors<R, T>(
    ToLongFunction<R> reportGetter, ObjLongConsumer<R> reportSetter,
    ToLongFunction<T> totalsGetter, ObjLongConsumer<T> totalsSetter) {
}
