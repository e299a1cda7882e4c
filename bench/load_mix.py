#!/usr/bin/env python3
"""Load benchmark of a running Ecograph: N concurrent clients send a realistic read mix while one in every
--write-every requests is a steward write (a corrected figure, then its revert), for --duration seconds.

Reports throughput, p50/p95/p99 latency per operation, errors (HTTP status >= 400, GraphQL errors, user errors)
and, with --pid, the resident memory of the server process sampled every 5 s (first vs last minute: growth).

Outside `mvn verify`; run it on a quiet machine against a seeded instance, e.g.:

    java -jar target/ecograph.jar --server.port=8080 &      # note the admin token printed on a first start
    python3 bench/load_mix.py --url http://localhost:8080 --token eg_... --clients 32 --duration 600 --pid <java pid>

Standard library only (urllib, threads). The goal stated in issue 8: 0 errors and no growth of memory.

The server gives each client (a token, or an address without one) at most
ecograph.api.request.max-concurrent-expensive-per-client (4) expensive operations at once, and answers "busy" after
waiting 2 s for a slot. All clients of this script share one address, so either give them tokens of their own
(--tokens-file, one token per line, e.g. made with `for i in $(seq 32); do java -jar target/ecograph.jar token
create --role analyst --name bench-$i --uri bolt://localhost:7687; done`), or start the server with
--ecograph.api.request.max-concurrent-expensive-per-client=32 to measure raw throughput.
"""
import argparse
import json
import random
import statistics
import threading
import time
import urllib.error
import urllib.request

READS = [
    ("entity", 20, '{ entity(id: "company:nvidia") { id name aliases relations(first: 10) { totalCount edges { node { id kind } } } } }'),
    ("search", 15, '{ search(text: "stargate", first: 5) { score entity { id name } } }'),
    ("entities", 10, '{ entities(first: 20, kinds: [COMPANY]) { totalCount edges { node { id name } } } }'),
    ("relations", 10, '{ relations(first: 20, kinds: [FUNDS]) { totalCount edges { node { id amountUsd from { id } to { id } } } } }'),
    ("influencePaths", 10, '{ influencePaths(from: "company:softbank", to: "company:vertiv", k: 3) { hops strength } }'),
    ("exposure", 10, '{ exposure(entity: "company:nvidia", direction: UPSTREAM, first: 10) { counterpart { id } totalShare } }'),
    ("ranking", 5, '{ ranking(first: 10) { score entity { id } } }'),
    ("fundingSummary", 10, '{ fundingSummary(target: "program:stargate") { totalUsd sharesConsistent } }'),
    ("subgraph", 5, '{ subgraph(ids: ["agency:us-doe"], hops: 2, limit: 200) { truncated nodes { id } edges { id } } }'),
    ("history", 5, '{ changes(first: 10) { nodes { id operation } hasNextPage } }'),
]

CORRECT = """mutation($amount: Float!) { upsertClaim(input: {id: "claim:softbank-funds-stargate", amountUsd: $amount,
  comment: "load benchmark"}) { change { id } userErrors { message } } }"""
REVERT = """mutation($id: ID!) { revertChange(input: {id: $id, comment: "load benchmark"}) { change { id } userErrors { message } } }"""


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.errors = {}
        self.samples = []

    def record(self, op, seconds, error):
        with self.lock:
            self.latencies.setdefault(op, []).append(seconds)
            if error:
                self.errors.setdefault(op, []).append(error)


def post(url, token, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode("utf-8")
    request = urllib.request.Request(url + "/graphql", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            payload = json.loads(response.read().decode("utf-8"))
            status = response.status
    except urllib.error.HTTPError as ex:
        return None, "HTTP %d" % ex.code
    except Exception as ex:  # connection refused, timeout
        return None, type(ex).__name__
    if status >= 400:
        return None, "HTTP %d" % status
    if payload.get("errors"):
        return payload, payload["errors"][0].get("message", "error")[:120]
    for value in (payload.get("data") or {}).values():
        if isinstance(value, dict) and value.get("userErrors"):
            return payload, value["userErrors"][0]["message"][:120]
    return payload, None


def client(url, token, read_token, deadline, write_every, stats, seed, write_lock):
    rng = random.Random(seed)
    weights = [w for _, w, _ in READS]
    n = 0
    while time.monotonic() < deadline:
        n += 1
        if token and write_every and n % write_every == 0:
            # One steward write at a time keeps correct/revert pairs intact (writes are serialised by the server anyway).
            with write_lock:
                started = time.monotonic()
                payload, error = post(url, token, CORRECT, {"amount": float(rng.randint(100, 200)) * 1e9})
                stats.record("upsertClaim", time.monotonic() - started, error)
                if payload and not error:
                    change = payload["data"]["upsertClaim"]["change"]["id"]
                    started = time.monotonic()
                    _, error = post(url, token, REVERT, {"id": change})
                    stats.record("revertChange", time.monotonic() - started, error)
            continue
        op, _, query = rng.choices(READS, weights=weights)[0]
        started = time.monotonic()
        _, error = post(url, read_token, query)
        stats.record(op, time.monotonic() - started, error)


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def sampler(pid, deadline, stats):
    while time.monotonic() < deadline:
        value = rss_kib(pid)
        if value is not None:
            stats.samples.append((time.monotonic(), value))
        time.sleep(5)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--token", help="a steward or admin token; without one only reads are sent")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=600, help="seconds (the issue asks for 600)")
    parser.add_argument("--write-every", type=int, default=50, help="one write per this many requests of a client")
    parser.add_argument("--pid", type=int, help="the server's process id, to sample its resident memory")
    parser.add_argument("--tokens-file", help="tokens for the reads, one per line; client i uses line i mod n")
    args = parser.parse_args()
    read_tokens = [args.token]
    if args.tokens_file:
        with open(args.tokens_file) as f:
            read_tokens = [line.strip() for line in f if line.strip()]

    stats = Stats()
    started = time.monotonic()
    deadline = started + args.duration
    write_lock = threading.Lock()
    threads = [threading.Thread(target=client, args=(args.url, args.token, read_tokens[i % len(read_tokens)], deadline,
                                                     args.write_every, stats, i, write_lock), daemon=True)
               for i in range(args.clients)]
    if args.pid:
        threads.append(threading.Thread(target=sampler, args=(args.pid, deadline, stats), daemon=True))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started

    total = sum(len(v) for v in stats.latencies.values())
    errors = sum(len(v) for v in stats.errors.values())
    print("%d clients, %.0f s: %d requests, %.1f requests/s, %d errors" % (args.clients, elapsed, total,
                                                                            total / elapsed, errors))
    print("%-16s %8s %8s %8s %8s %8s" % ("operation", "count", "p50 ms", "p95 ms", "p99 ms", "errors"))
    for op in sorted(stats.latencies):
        values = stats.latencies[op]
        print("%-16s %8d %8.0f %8.0f %8.0f %8d" % (op, len(values), 1000 * statistics.median(values),
                                                  1000 * percentile(values, 95), 1000 * percentile(values, 99),
                                                  len(stats.errors.get(op, []))))
    for op, messages in sorted(stats.errors.items()):
        print("  %s errors, first: %s" % (op, messages[0]))
    if stats.samples:
        first = [v for t, v in stats.samples if t - started <= 60]
        last = [v for t, v in stats.samples if deadline - t <= 60]
        print("server RSS: first minute %.0f MiB, last minute %.0f MiB, max %.0f MiB" % (
            statistics.mean(first) / 1024, statistics.mean(last) / 1024, max(v for _, v in stats.samples) / 1024))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
