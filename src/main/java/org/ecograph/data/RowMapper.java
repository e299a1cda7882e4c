package org.ecograph.data;

/** Maps one result row to a value. */
@FunctionalInterface
public interface RowMapper<T> {

	T map(Row row);

}
