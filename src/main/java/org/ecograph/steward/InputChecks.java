package org.ecograph.steward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ecograph.model.Ids;

/** The checks of input shapes done before any transaction: each failure is a {@link UserError} of its field. */
final class InputChecks {

	static final int MAX_TEXT = 5000;

	static final int MAX_NAME = 300;

	static final int MAX_LIST = 100;

	private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	private final List<UserError> errors = new ArrayList<>();

	List<UserError> errors() {
		return this.errors;
	}

	InputChecks id(String field, String value, Ids.Shape shape) {
		Ids.problem(shape, field, value).ifPresent(message -> this.errors.add(UserError.invalid(field, message)));
		return this;
	}

	InputChecks entityId(String field, String value) {
		return id(field, value, Ids.Shape.ENTITY);
	}

	InputChecks required(String field, Object value, String when) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			this.errors.add(UserError.invalid(field, field + " is required " + when));
		}
		return this;
	}

	/** A number within {@code min..max} (both included), when given. */
	InputChecks range(String field, Double value, double min, double max) {
		if (value != null && (value.isNaN() || value < min || value > max)) {
			this.errors.add(UserError.invalid(field, field + " " + value + " is out of range: allowed "
					+ (max == Double.MAX_VALUE ? "at least " + plain(min) : plain(min) + ".." + plain(max))));
		}
		return this;
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	InputChecks text(String field, String value, int max) {
		if (value != null && value.length() > max) {
			this.errors.add(UserError.invalid(field, field + " has " + value.length() + " characters: allowed at most "
					+ max));
		}
		return this;
	}

	InputChecks list(String field, List<String> values, int maxLength) {
		if (values == null) {
			return this;
		}
		if (values.size() > MAX_LIST) {
			this.errors.add(UserError.invalid(field, field + " has " + values.size() + " items: allowed at most "
					+ MAX_LIST));
		}
		values.stream().filter(v -> v == null || v.isBlank() || v.length() > maxLength).findFirst().ifPresent(v -> this.errors
			.add(UserError.invalid(field, field + " holds a blank item or one over " + maxLength + " characters")));
		return this;
	}

	InputChecks clear(List<String> names, Set<String> protectedNames) {
		if (names == null) {
			return this;
		}
		for (String name : names) {
			if (protectedNames.contains(name)) {
				this.errors.add(UserError.invalid("clear", "clear cannot remove " + name + ": allowed any other"
						+ " property"));
			}
		}
		return list("clear", names, 40);
	}

	InputChecks properties(Map<String, Object> properties, Set<String> reserved) {
		if (properties == null) {
			return this;
		}
		if (properties.size() > 30) {
			this.errors.add(UserError.invalid("properties", "properties has " + properties.size() + " entries:"
					+ " allowed at most 30"));
		}
		properties.forEach((key, value) -> {
			if (!PROPERTY_NAME.matcher(key).matches() || reserved.contains(key)) {
				this.errors.add(UserError.invalid("properties", "property name '" + shorten(key) + "' is not allowed:"
						+ " use camelCase letters and digits (not " + String.join(", ", reserved.stream().sorted().toList())
						+ ", which have fields of their own)"));
			}
			else if (!isPlain(value)) {
				this.errors.add(UserError.invalid("properties", "property " + key + " must be a string, a number, a"
						+ " boolean or a list of one of these"));
			}
		});
		return this;
	}

	private static boolean isPlain(Object value) {
		if (value instanceof List<?> list) {
			return list.size() <= MAX_LIST && list.stream().allMatch(v -> isScalar(v));
		}
		return isScalar(value);
	}

	private static boolean isScalar(Object value) {
		return value instanceof String s ? s.length() <= MAX_TEXT
				: value instanceof Number || value instanceof Boolean;
	}

	static String shorten(String value) {
		return value.length() <= 80 ? value : value.substring(0, 80) + "...";
	}

}
