package org.ecograph.consistency;

/** How serious a finding is. */
public enum Severity {

	/** The figures cannot all be right. */
	ERROR,
	/** The figures can be right only under an assumption the source does not state. */
	WARNING

}
