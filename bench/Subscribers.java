import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Delivery of watch events to many live subscribers (issue 17: "events delivered to 100 subscribers"), against a
 * running Ecograph. It saves one {@code ENTITY_TOUCHED} watch on an entity with the steward token, opens
 * {@code --subscribers} {@code watchEvents} subscriptions over Server-Sent Events ({@code POST /graphql},
 * {@code Accept: text/event-stream}), then corrects the amount of one claim at the entity {@code --writes} times, one
 * write every {@code --pause} ms. Each write is a new graph version whose round emits one event (writes that come
 * quicker than a round share the next one's event); for each write it measures, per subscriber, the time from the
 * mutation's acknowledgement to the arrival of the first event of that version or a later one.
 * Prints the delivery latencies (p50, p95, p99, max), the time until the last subscriber had each event, and the
 * deliveries missed or duplicated; exits non-zero when one was missed or came twice. Plain JDK, no dependency:
 *
 * <pre>java bench/Subscribers.java --http http://localhost:8080/graphql --token STEWARD_TOKEN
 *      [--entity company:nvidia] [--subscribers 100] [--writes 20] [--pause 1000]</pre>
 *
 * It writes to the database (amount corrections of one claim, and one watch it deletes at the end): run it on a store
 * you may change.
 */
public final class Subscribers {

	private static final Pattern VERSION = Pattern.compile("\"graphVersion\":(\\d+)");

	public static void main(String[] args) throws Exception {
		String http = "http://localhost:8080/graphql";
		String token = null;
		String entity = "company:nvidia";
		int subscribers = 100;
		int writes = 20;
		long pause = 1000;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--http" -> http = args[++i];
				case "--token" -> token = args[++i];
				case "--entity" -> entity = args[++i];
				case "--subscribers" -> subscribers = Integer.parseInt(args[++i]);
				case "--writes" -> writes = Integer.parseInt(args[++i]);
				case "--pause" -> pause = Long.parseLong(args[++i]);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]
						+ " (allowed: --http --token --entity --subscribers --writes --pause)");
			}
		}
		if (token == null) {
			throw new IllegalArgumentException("--token STEWARD_TOKEN is required (watches and mutations need one)");
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String claim = first(post(client, http, token,
				"{ entity(id: \"%s\") { relations(first: 1) { edges { node { id amountUsd } } } } }".formatted(entity)),
				Pattern.compile("\"id\":\"(claim:[^\"]+)\""), "a claim at " + entity);
		String watch = first(post(client, http, token, ("mutation { saveWatch(input: {kind: ENTITY_TOUCHED, entity: \"%s\"})"
				+ " { watch { id } userErrors { message } } }").formatted(entity)),
				Pattern.compile("\"id\":\"(watch:[^\"]+)\""), "the saved watch");
		System.out.printf(Locale.ROOT, "%d subscribers, watch %s on %s, %d writes to %s every %d ms%n", subscribers,
				watch, entity, writes, claim, pause);
		int failures;
		try {
			failures = measure(client, http, token, claim, watch, subscribers, writes, pause);
		}
		finally {
			post(client, http, token, "mutation { deleteWatch(input: {id: \"%s\"}) { watch { id } } }".formatted(watch));
		}
		System.exit(failures == 0 ? 0 : 1);
	}

	/** Opens the subscriptions, writes, and prints what arrived; the number of deliveries missed, doubled or failed. */
	private static int measure(HttpClient client, String http, String token, String claim, String watch,
			int subscribers, int writes, long pause) throws Exception {
		// per subscriber: graph version of each event of the watch -> its arrival (nanoTime); a second event of one
		// version is a duplicate
		List<Map<Long, Long>> arrivals = new ArrayList<>();
		AtomicInteger duplicates = new AtomicInteger();
		AtomicInteger streamErrors = new AtomicInteger();
		String[] firstError = { null };
		List<Thread> readers = new ArrayList<>();
		List<Stream<String>> streams = new ArrayList<>();
		String body = json("subscription { watchEvents { id graphVersion watch { id } } }");
		for (int s = 0; s < subscribers; s++) {
			Map<Long, Long> mine = new ConcurrentHashMap<>();
			arrivals.add(mine);
			HttpRequest request = HttpRequest.newBuilder(URI.create(http))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			Thread reader = new Thread(() -> {
				try {
					// the headers come with the first event (or heartbeat): this blocks until then
					HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
					if (response.statusCode() != 200) {
						streamErrors.incrementAndGet();
						firstError[0] = firstError[0] != null ? firstError[0] : "HTTP " + response.statusCode() + ": "
								+ String.join(" ", response.body().limit(5).toList());
						return;
					}
					synchronized (streams) {
						streams.add(response.body());
					}
					response.body().forEach(line -> {
						long now = System.nanoTime();
						if (line.startsWith("data:") && line.contains("watchEvent:") && line.contains(watch)) {
							Matcher version = VERSION.matcher(line);
							if (version.find() && mine.putIfAbsent(Long.parseLong(version.group(1)), now) != null) {
								duplicates.incrementAndGet();
							}
						}
						else if (line.startsWith("data:") && line.contains("\"errors\"")) {
							streamErrors.incrementAndGet();
							firstError[0] = firstError[0] != null ? firstError[0] : line;
						}
					});
				}
				catch (Exception ex) {
					// the stream closed (at the end, or on an error counted below as missed deliveries)
				}
			}, "subscriber-" + s);
			reader.setDaemon(true);
			reader.start();
			readers.add(reader);
		}
		// the server answers a subscription's headers with its first event: give the requests a moment to arrive
		Thread.sleep(3000);

		long[] versions = new long[writes];
		long[] acknowledged = new long[writes];
		for (int w = 0; w < writes; w++) {
			String answer = post(client, http, token, ("mutation { upsertClaim(input: {id: \"%s\", amountUsd: %d,"
					+ " comment: \"bench/Subscribers.java\"}) { change { id } userErrors { message } } }")
				.formatted(claim, 1_000_000_000L + System.currentTimeMillis() % 1_000_000_000L + w));
			acknowledged[w] = System.nanoTime();
			if (!answer.contains("\"userErrors\":[]")) {
				throw new IllegalStateException("The write was refused: " + answer);
			}
			versions[w] = Long.parseLong(first(answer, VERSION, "the mutation's graph version"));
			Thread.sleep(pause);
		}
		// the last rounds' events may still be on their way
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline && !allArrived(arrivals, versions)) {
			Thread.sleep(100);
		}

		List<Double> latencies = new ArrayList<>();
		List<Double> lastPerWrite = new ArrayList<>();
		int missed = 0;
		for (int w = 0; w < writes; w++) {
			double last = 0;
			for (Map<Long, Long> mine : arrivals) {
				Long at = delivered(mine, versions[w]);
				if (at == null) {
					missed++;
					continue;
				}
				double ms = (at - acknowledged[w]) / 1e6;
				latencies.add(ms);
				last = Math.max(last, ms);
			}
			lastPerWrite.add(last);
		}
		double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double[] last = lastPerWrite.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "deliveries: %d of %d (%d subscribers x %d writes), missed %d, duplicated %d,"
				+ " stream errors %d%n", sorted.length, subscribers * writes, subscribers, writes, missed,
				duplicates.get(), streamErrors.get());
		if (firstError[0] != null) {
			System.out.println("first stream error: " + firstError[0]);
		}
		if (sorted.length > 0) {
			System.out.printf(Locale.ROOT, "from the mutation's acknowledgement to the event at a subscriber: p50 %.1f"
					+ "  p95 %.1f  p99 %.1f  max %.1f ms%n", percentile(sorted, 50), percentile(sorted, 95),
					percentile(sorted, 99), sorted[sorted.length - 1]);
			System.out.printf(Locale.ROOT, "until the last of the %d subscribers had it, per write: p50 %.1f  max %.1f ms%n",
					subscribers, percentile(last, 50), last[last.length - 1]);
		}

		synchronized (streams) {
			streams.forEach(Stream::close);
		}
		return missed + duplicates.get() + streamErrors.get();
	}

	private static boolean allArrived(List<Map<Long, Long>> arrivals, long[] versions) {
		return arrivals.stream().allMatch(mine -> Arrays.stream(versions).allMatch(v -> delivered(mine, v) != null));
	}

	/**
	 * When the subscriber had the news of the write that made {@code version}: the first event of that version or a
	 * later one (a round that follows two quick writes asks once, on the later version, and emits one event).
	 */
	private static Long delivered(Map<Long, Long> mine, long version) {
		return mine.entrySet()
			.stream()
			.filter(e -> e.getKey() >= version)
			.map(Map.Entry::getValue)
			.min(Long::compare)
			.orElse(null);
	}

	private static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String first(String text, Pattern pattern, String what) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("No " + what + " in: " + text);
		}
		return m.group(1);
	}

	private static String post(HttpClient client, String url, String token, String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json(query)))
			.timeout(Duration.ofSeconds(60))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String json(String query) {
		return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

}
