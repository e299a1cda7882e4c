import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 17's "events delivered to 100 subscribers", end to end against a running Ecograph: N live
 * {@code watchEvents} subscriptions over Server-Sent Events (POST /graphql, {@code Accept: text/event-stream}), one
 * steward write that changes the watched answer, and the time from sending the write until each subscriber has
 * received the event (the write, the projection's refresh, the evaluation of the saved questions, the event recorded
 * and pushed to every stream). Several rounds; per round the write's acknowledgement, the first, the median and the
 * last subscriber's arrival.
 * <p>
 * One token (a steward's: it writes) saves an {@code ENTITY_TOUCHED} watch on the entity and holds all N
 * subscriptions, each its own HTTP connection and stream (the server fans each event out per subscription, whoever
 * holds it). The write corrects the amount of a claim at the entity ({@code upsertClaim}), a new amount each round;
 * at the end the claim's first amount is written back and the watch deleted. It writes to the store: run it on one you
 * may change (the seed is fine).
 *
 * <pre>java bench/Subscribers.java --token STEWARD_TOKEN [--url http://localhost:8080] [--subscribers 100]
 *      [--rounds 5] [--entity program:stargate] [--claim claim:softbank-funds-stargate]</pre>
 *
 * Exits non-zero when a subscriber missed an event or a request failed.
 */
public final class Subscribers {

	private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"(watchEvent:[^\"]+)\"");

	private static final Pattern WATCH_ID = Pattern.compile("\"id\"\\s*:\\s*\"(watch:[^\"]+)\"");

	private static final Pattern AMOUNT = Pattern.compile("\"amountUsd\"\\s*:\\s*([-0-9.Ee+]+|null)");

	public static void main(String[] args) throws Exception {
		String url = "http://localhost:8080";
		String token = null;
		int subscribers = 100;
		int rounds = 5;
		String entity = "program:stargate";
		String claim = "claim:softbank-funds-stargate";
		for (int i = 0; i < args.length; i += 2) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--url" -> url = value;
				case "--token" -> token = value;
				case "--subscribers" -> subscribers = Integer.parseInt(value);
				case "--rounds" -> rounds = Integer.parseInt(value);
				case "--entity" -> entity = value;
				case "--claim" -> claim = value;
				default -> {
					System.err.println("unknown argument " + args[i]);
					System.exit(2);
				}
			}
		}
		if (token == null) {
			System.err.println("--token STEWARD_TOKEN is required (java -jar target/ecograph.jar token create --role"
					+ " steward --name bench-subscribers)");
			System.exit(2);
		}
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		// one reader thread per stream: a stream's lines are read blocking
		java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "subscriber");
			t.setDaemon(true);
			return t;
		});
		URI graphql = URI.create(url + "/graphql");

		String relation = post(http, graphql, token, "{ relation(id: \"" + claim + "\") { id amountUsd } }");
		Matcher amountFound = AMOUNT.matcher(relation);
		if (!relation.contains("\"" + claim + "\"") || !amountFound.find()) {
			fail("relation " + claim + " not found: " + relation);
		}
		String firstAmount = amountFound.group(1);
		double base = "null".equals(firstAmount) ? 1e6 : Double.parseDouble(firstAmount);

		String saved = post(http, graphql, token, "mutation { saveWatch(input: {kind: ENTITY_TOUCHED, entity: \""
				+ entity + "\"}) { watch { id } userErrors { field message code } } }");
		Matcher watchFound = WATCH_ID.matcher(saved);
		if (!watchFound.find()) {
			fail("saveWatch failed: " + saved);
		}
		String watch = watchFound.group(1);
		System.out.printf("watch %s (ENTITY_TOUCHED %s); the write corrects %s (amountUsd %s)%n", watch, entity,
				claim, firstAmount);
		boolean ok = true;
		try {
			// a first write and its event: the feed's last id, from which the subscriptions start (none missed)
			String last = writeAndAwait(http, graphql, token, claim, base + 1, null);
			System.out.printf("feed starts after %s; opening %d subscriptions%n", last, subscribers);
			// event 0 is the warm-up's, 1..rounds the timed rounds'
			long[][] arrival = new long[rounds + 1][subscribers];
			String[][] seen = new String[rounds + 1][subscribers];
			CountDownLatch[] delivered = new CountDownLatch[rounds + 1];
			for (int r = 0; r <= rounds; r++) {
				delivered[r] = new CountDownLatch(subscribers);
			}
			AtomicLongArray received = new AtomicLongArray(subscribers);
			List<CompletableFuture<HttpResponse<Stream<String>>>> streams = new ArrayList<>();
			int roundCount = rounds + 1;
			String subscription = json("subscription { watchEvents(after: \"" + last + "\") { id watch { id } } }");
			for (int s = 0; s < subscribers; s++) {
				int at = s;
				HttpRequest request = HttpRequest.newBuilder(graphql)
					.header("Content-Type", "application/json")
					.header("Accept", "text/event-stream")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(subscription))
					.build();
				CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(request,
						HttpResponse.BodyHandlers.ofLines());
				streams.add(stream);
				stream.thenAcceptAsync(response -> response.body().forEach(line -> {
					Matcher m = EVENT_ID.matcher(line);
					if (line.startsWith("data:") && m.find()) {
						int r = (int) received.getAndIncrement(at);
						if (r < roundCount) {
							arrival[r][at] = System.nanoTime();
							seen[r][at] = m.group(1);
							delivered[r].countDown();
						}
					}
				}), readers);
			}
			// The server sends a stream's headers with its first event: a warm-up write whose event every subscriber
			// must receive before the timed rounds (a late subscription still gets it, replayed after the id above).
			long warmSent = System.nanoTime();
			writeAndAwait(http, graphql, token, claim, base + 2, new long[1]);
			if (!delivered[0].await(120, TimeUnit.SECONDS)) {
				fail("warm-up: " + (subscribers - delivered[0].getCount()) + " of " + subscribers
						+ " subscribers received the event within 120 s");
			}
			for (CompletableFuture<HttpResponse<Stream<String>>> stream : streams) {
				if (stream.get().statusCode() != 200) {
					fail("a subscription was refused with HTTP " + stream.get().statusCode());
				}
			}
			System.out.printf(Locale.ROOT, "warm-up: every subscriber received the first event %.1f ms after its write%n",
					(System.nanoTime() - warmSent) / 1e6);
			System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %10s %10s%n", "round", "write ack", "first", "p50",
					"p95", "last (all)");
			for (int r = 1; r <= rounds; r++) {
				long sent = System.nanoTime();
				long[] acked = new long[1];
				writeAndAwait(http, graphql, token, claim, base + 2 + r, acked);
				boolean all = delivered[r].await(60, TimeUnit.SECONDS);
				if (!all) {
					System.out.printf("round %d: %d of %d subscribers received the event within 60 s%n", r,
							subscribers - delivered[r].getCount(), subscribers);
					ok = false;
					continue;
				}
				double[] ms = new double[subscribers];
				for (int s = 0; s < subscribers; s++) {
					ms[s] = (arrival[r][s] - sent) / 1e6;
					if (!seen[r][s].equals(seen[r][0])) {
						System.out.printf("round %d: subscriber %d received %s, subscriber 0 %s%n", r, s, seen[r][s],
								seen[r][0]);
						ok = false;
					}
				}
				Arrays.sort(ms);
				System.out.printf(Locale.ROOT, "%-6d %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f ms   (%s)%n", r,
						(acked[0] - sent) / 1e6, ms[0], ms[subscribers / 2], ms[(int) Math.ceil(subscribers * 0.95) - 1],
						ms[subscribers - 1], seen[r][0]);
				Thread.sleep(500);
			}
			for (int s = 0; s < subscribers; s++) {
				if (received.get(s) != rounds + 1) {
					System.out.printf("subscriber %d received %d events, expected %d%n", s, received.get(s),
							rounds + 1);
					ok = false;
				}
			}
			streams.forEach(stream -> stream.cancel(true));
		}
		finally {
			post(http, graphql, token, "mutation { upsertClaim(input: {id: \"" + claim + "\", amountUsd: " + firstAmount
					+ ", comment: \"bench/Subscribers.java: the first amount back\"}) { change { id } userErrors { message } } }");
			post(http, graphql, token, "mutation { deleteWatch(input: {id: \"" + watch
					+ "\"}) { watch { id } userErrors { message } } }");
		}
		System.out.println(ok ? "every subscriber received every event, in order" : "FAILED");
		System.exit(ok ? 0 : 1);
	}

	/**
	 * Corrects the claim's amount and waits (polling the feed) until the event it causes is recorded; returns that
	 * event's id. {@code acked[0]}, when given, gets the time the write was acknowledged.
	 */
	private static String writeAndAwait(HttpClient http, URI graphql, String token, String claim, double amount,
			long[] acked) throws Exception {
		String before = acked == null ? lastEvent(http, graphql, token) : null;
		String written = post(http, graphql, token, "mutation { upsertClaim(input: {id: \"" + claim + "\", amountUsd: "
				+ amount + ", comment: \"bench/Subscribers.java\"}) { change { id } userErrors { message } } }");
		if (acked != null) {
			acked[0] = System.nanoTime();
		}
		if (!written.contains("\"userErrors\":[]")) {
			fail("the write failed: " + written);
		}
		if (acked != null) {
			return null;
		}
		for (int i = 0; i < 600; i++) {
			String now = lastEvent(http, graphql, token);
			if (now != null && !now.equals(before)) {
				return now;
			}
			Thread.sleep(100);
		}
		fail("no event within 60 s of the write: is the watch evaluated (ecograph.watch.*)?");
		return null;
	}

	/** The id of the token's last event, {@code null} when it has none. */
	private static String lastEvent(HttpClient http, URI graphql, String token) throws Exception {
		String after = null;
		while (true) {
			String page = post(http, graphql, token, "{ watchEvents(" + (after == null ? "" : "after: \"" + after + "\", ")
					+ "first: 100) { hasNextPage endCursor } }");
			Matcher end = Pattern.compile("\"endCursor\"\\s*:\\s*\"([^\"]+)\"").matcher(page);
			String cursor = end.find() ? end.group(1) : null;
			if (cursor == null || !page.contains("\"hasNextPage\":true")) {
				return cursor == null ? after : cursor;
			}
			after = cursor;
		}
	}

	private static String post(HttpClient http, URI graphql, String token, String query)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(graphql)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json(query)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			fail("HTTP " + response.statusCode() + " for " + query + ": " + response.body());
		}
		return response.body();
	}

	private static String json(String query) {
		return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	private static void fail(String message) {
		System.err.println(message);
		System.exit(1);
	}

}
