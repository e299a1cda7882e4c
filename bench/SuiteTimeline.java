import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How busy the test suite's two lanes were, from a Maven log with timestamps: how many test classes ran at once in
 * every ten seconds of Surefire, and when each class longer than a threshold ran (seconds from Surefire's start). A
 * stretch at 1.0 is one lane idle: a class waiting for a lock, or the end of the suite.
 *
 * <pre>
 * CI=true mvn -o -B -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
 *     verify &gt; /tmp/verify.log 2&gt;&amp;1
 * java bench/SuiteTimeline.java /tmp/verify.log [MIN_SECONDS]
 * </pre>
 *
 * Surefire prints a class's result when JUnit reports the class finished: a class whose methods waited for another
 * class's lock counts as running meanwhile, so the figures are an upper bound of the concurrency.
 */
public final class SuiteTimeline {

	private static final Pattern RUNNING = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d\\.\\d+) \\[\\w+\\] Running (\\S+)");

	private static final Pattern DONE = Pattern
		.compile("^(\\d\\d):(\\d\\d):(\\d\\d\\.\\d+) \\[\\w+\\] Tests run:.* -- in (\\S+)");

	private static final Pattern SUREFIRE = Pattern
		.compile("^(\\d\\d):(\\d\\d):(\\d\\d\\.\\d+) \\[INFO\\] --- maven-surefire-plugin");

	record Run(String name, double start, double end) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java bench/SuiteTimeline.java MAVEN_LOG [MIN_SECONDS]");
			System.exit(2);
		}
		if (!Files.isRegularFile(Path.of(args[0]))) {
			System.err.println("No such file: " + args[0]);
			System.exit(2);
		}
		double min = args.length > 1 ? Double.parseDouble(args[1]) : 3;
		Map<String, Double> started = new HashMap<>();
		List<Run> runs = new ArrayList<>();
		double origin = Double.NaN;
		for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
			Matcher m = SUREFIRE.matcher(line);
			if (Double.isNaN(origin) && m.find()) {
				origin = seconds(m);
				continue;
			}
			m = RUNNING.matcher(line);
			if (m.find()) {
				started.put(m.group(4), seconds(m));
				continue;
			}
			m = DONE.matcher(line);
			if (m.find() && started.containsKey(m.group(4))) {
				runs.add(new Run(m.group(4), started.get(m.group(4)), seconds(m)));
			}
		}
		if (runs.isEmpty() || Double.isNaN(origin)) {
			System.err.println("No timestamped Surefire classes in " + args[0]
					+ ": run Maven with -Dorg.slf4j.simpleLogger.showDateTime=true"
					+ " -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
			System.exit(1);
		}
		double end = runs.stream().mapToDouble(Run::end).max().orElseThrow() - origin;
		int[] running = new int[(int) end + 1];
		for (Run run : runs) {
			for (int s = (int) (run.start() - origin); s < (int) (run.end() - origin); s++) {
				running[s]++;
			}
		}
		System.out.printf("Surefire ran %.0f s, %d classes; classes running at once, per 10 s:%n", end, runs.size());
		StringBuilder row = new StringBuilder();
		for (int from = 0; from < running.length; from += 10) {
			int sum = 0;
			int to = Math.min(running.length, from + 10);
			for (int s = from; s < to; s++) {
				sum += running[s];
			}
			row.append(String.format("%d:%.1f ", from, (double) sum / (to - from)));
		}
		System.out.println(row.toString().strip());
		System.out.printf("Classes of %.0f s or more (start, end, seconds):%n", min);
		double zero = origin;
		runs.stream()
			.filter(r -> r.end() - r.start() >= min)
			.sorted((a, b) -> Double.compare(a.start(), b.start()))
			.forEach(r -> System.out.printf("%6.0f %6.0f %6.1f  %s%n", r.start() - zero, r.end() - zero,
					r.end() - r.start(), r.name().substring(r.name().lastIndexOf('.') + 1)));
	}

	private static double seconds(Matcher m) {
		return Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
				+ Double.parseDouble(m.group(3));
	}

}
