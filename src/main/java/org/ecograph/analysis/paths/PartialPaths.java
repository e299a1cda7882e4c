package org.ecograph.analysis.paths;

import java.util.Arrays;

/**
 * The partial paths of a {@link PathFinder} search: parallel arrays of entries (last node and claim, a pointer to
 * the parent, hops, strength and two priority keys) and a binary min-heap of entry indexes ordered by those keys.
 */
final class PartialPaths {

	private PartialPaths() {
	}

	/** Orders entries by their two keys; lower sorts first. */
	static int compareKeys(Entries entries, int a, int b) {
		int c = Double.compare(entries.key1[a], entries.key1[b]);
		return c != 0 ? c : Double.compare(entries.key2[a], entries.key2[b]);
	}

	/** Partial paths as parallel arrays: each is its last node and claim plus a pointer to its parent. */
	static final class Entries {

		int size;

		int[] node = new int[256];

		int[] claim = new int[256];

		int[] parent = new int[256];

		int[] hops = new int[256];

		double[] strength = new double[256];

		double[] key1 = new double[256];

		double[] key2 = new double[256];

		int add(int n, int c, int p, int h, double s, double[] keys) {
			if (this.size == this.node.length) {
				int capacity = this.size * 2;
				this.node = Arrays.copyOf(this.node, capacity);
				this.claim = Arrays.copyOf(this.claim, capacity);
				this.parent = Arrays.copyOf(this.parent, capacity);
				this.hops = Arrays.copyOf(this.hops, capacity);
				this.strength = Arrays.copyOf(this.strength, capacity);
				this.key1 = Arrays.copyOf(this.key1, capacity);
				this.key2 = Arrays.copyOf(this.key2, capacity);
			}
			int e = this.size++;
			this.node[e] = n;
			this.claim[e] = c;
			this.parent[e] = p;
			this.hops[e] = h;
			this.strength[e] = s;
			this.key1[e] = keys[0];
			this.key2[e] = keys[1];
			return e;
		}

	}

	/** A binary min-heap of entry indexes by their keys, ties by insertion order. */
	static final class Heap {

		private final Entries entries;

		private int[] items = new int[256];

		private int size;

		Heap(Entries entries) {
			this.entries = entries;
		}

		boolean isEmpty() {
			return this.size == 0;
		}

		int peek() {
			return this.items[0];
		}

		void push(int e) {
			if (this.size == this.items.length) {
				this.items = Arrays.copyOf(this.items, this.size * 2);
			}
			int i = this.size++;
			this.items[i] = e;
			while (i > 0) {
				int parent = (i - 1) / 2;
				if (!less(this.items[i], this.items[parent])) {
					break;
				}
				swap(i, parent);
				i = parent;
			}
		}

		int pop() {
			int top = this.items[0];
			this.items[0] = this.items[--this.size];
			int i = 0;
			while (true) {
				int l = 2 * i + 1;
				int r = l + 1;
				int smallest = i;
				if (l < this.size && less(this.items[l], this.items[smallest])) {
					smallest = l;
				}
				if (r < this.size && less(this.items[r], this.items[smallest])) {
					smallest = r;
				}
				if (smallest == i) {
					return top;
				}
				swap(i, smallest);
				i = smallest;
			}
		}

		private boolean less(int a, int b) {
			int c = compareKeys(this.entries, a, b);
			return c != 0 ? c < 0 : a < b;
		}

		private void swap(int i, int j) {
			int t = this.items[i];
			this.items[i] = this.items[j];
			this.items[j] = t;
		}

	}

}
