package org.ecograph.model;

/** Labels of the steward's bookkeeping nodes, which are not entities (the loader's validation allows them). */
public final class AuditLabels {

	/** One recorded change of the graph: a mutation or a loaded script ({@code :Change}). */
	public static final String CHANGE = "Change";

	/** The id of an entity merged into another, which resolves to it ({@code (:MergedId {id, into})}). */
	public static final String MERGED_ID = "MergedId";

	private AuditLabels() {
	}

}
