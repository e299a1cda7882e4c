package org.ecograph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed list of units a {@link Measure} may carry; the loader refuses any other. Each unit belongs to a
 * {@link Dimension} and converts to that dimension's base unit by {@link #toBase()}, so figures of one dimension can
 * be added up or compared ({@code 1 TWH = 1000 GWH}). Values are stored as the sentence writes them, in the unit it
 * names: {@code 92} with {@link #PERCENT} is 92%, {@code 1.5} with {@link #GW} is 1.5千兆瓦. The documented list with
 * the source's wordings is in {@code docs/data-model.md}.
 */
public enum Unit {

	/** Gigawatt (千兆瓦, 吉瓦): power or capacity. */
	GW(Dimension.POWER, 1, " GW"),
	/** Megawatt (兆瓦). */
	MW(Dimension.POWER, 0.001, " MW"),
	/** Gigawatt-hour (吉瓦时): an amount of energy. */
	GWH(Dimension.ENERGY, 1, " GWh"),
	/** Terawatt-hour (太瓦时): an amount of energy, 1000 GWh. */
	TWH(Dimension.ENERGY, 1000, " TWh"),
	/** Gigawatt-hours per year: energy used or produced in a year (年均耗电量). */
	GWH_PER_YEAR(Dimension.ENERGY_PER_YEAR, 1, " GWh per year"),
	/** Terawatt-hours per year. */
	TWH_PER_YEAR(Dimension.ENERGY_PER_YEAR, 1000, " TWh per year"),
	/** US dollars (美元). */
	USD(Dimension.MONEY_USD, 1, " USD"),
	/** Chinese yuan renminbi (元人民币); never converted here, the source's own conversion stays on the claim. */
	CNY(Dimension.MONEY_CNY, 1, " CNY"),
	/** Percent: 92 is 92% (a share, a growth or a change rate). */
	PERCENT(Dimension.PERCENTAGE, 1, "%"),
	/** A number of things: data centers, cases, developers, companies, people. */
	COUNT(Dimension.COUNT, 1, ""),
	/** A multiple (倍): 1.2 is 1.2 times. */
	TIMES(Dimension.MULTIPLE, 1, " times"),
	/** Hours (小时): a duration. */
	HOURS(Dimension.DURATION, 1.0 / 24, " hours"),
	/** Days (天): a duration. */
	DAYS(Dimension.DURATION, 1, " days"),
	/** Months (个月): a duration, 1/12 of a year. */
	MONTHS(Dimension.DURATION, 365.25 / 12, " months"),
	/** Years (年): a duration. */
	YEARS(Dimension.DURATION, 365.25, " years"),
	/** A calendar year (2028年): a point in time, e.g. the year a plan aims at; never added up. */
	CALENDAR_YEAR(Dimension.CALENDAR, 1, "");

	/** What a unit measures; only units of one dimension can be added up or compared. */
	public enum Dimension {

		/** Power or capacity; base GW. */
		POWER,
		/** An amount of energy; base GWh. */
		ENERGY,
		/** Energy per year, i.e. an average power; base GWh per year (8760 GWh per year = 1 GW all year). */
		ENERGY_PER_YEAR,
		/** Money in US dollars. */
		MONEY_USD,
		/** Money in yuan renminbi. */
		MONEY_CNY,
		/** Percentages. */
		PERCENTAGE,
		/** Counts. */
		COUNT,
		/** Multiples. */
		MULTIPLE,
		/** Durations; base days. */
		DURATION,
		/** Calendar years. */
		CALENDAR

	}

	/** Hours in a (non-leap) year: 1 GW for a year is 8760 GWh. */
	public static final double HOURS_PER_YEAR = 8760;

	private final Dimension dimension;

	private final double toBase;

	private final String suffix;

	Unit(Dimension dimension, double toBase, String suffix) {
		this.dimension = dimension;
		this.toBase = toBase;
		this.suffix = suffix;
	}

	/** A value with this unit in words: "1.5 GW", "92%", "120", "2028", "28.6 billion USD", "6.132 trillion GWh". */
	public String format(double value) {
		if (this.dimension == Dimension.CALENDAR) {
			return number(value) + this.suffix;
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e12) {
			return number(value / 1e12) + " trillion" + this.suffix;
		}
		if (magnitude >= 1e9) {
			return number(value / 1e9) + " billion" + this.suffix;
		}
		if (magnitude >= 1e6) {
			return number(value / 1e6) + " million" + this.suffix;
		}
		return number(value) + this.suffix;
	}

	/** A number without trailing zeros or exponent: 1.5, 92, 6132000000000. */
	public static String number(double value) {
		return java.math.BigDecimal.valueOf(value).round(java.math.MathContext.DECIMAL64).stripTrailingZeros()
			.toPlainString();
	}

	/** What the unit measures. */
	public Dimension dimension() {
		return this.dimension;
	}

	/** How many base units of its dimension one of this unit is. */
	public double toBase() {
		return this.toBase;
	}

	/** Whether figures in this unit may be summed (not calendar years). */
	public boolean additive() {
		return this.dimension != Dimension.CALENDAR;
	}

	/** The unit a stored value names, if it is one of the list. */
	public static Optional<Unit> fromStored(Object stored) {
		return Arrays.stream(values()).filter(u -> u.name().equals(stored)).findFirst();
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
