package org.ecograph.export;

import java.io.IOException;
import java.io.OutputStream;

import org.ecograph.subgraph.Subgraph;

/** Writes a subgraph in one file format, as UTF-8, leaving the stream open. */
@FunctionalInterface
public interface SubgraphWriter {

	void write(Subgraph graph, OutputStream out) throws IOException;

}
