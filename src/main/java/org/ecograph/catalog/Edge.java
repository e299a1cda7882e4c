package org.ecograph.catalog;

/** One item of a page with its opaque cursor. */
public record Edge<T>(String cursor, T node) {

}
