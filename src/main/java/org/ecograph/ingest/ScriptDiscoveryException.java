package org.ecograph.ingest;

/** A path is missing, a file is badly named or two files share a version. */
public final class ScriptDiscoveryException extends LoadException {

	ScriptDiscoveryException(String message) {
		super(message);
	}

}
