package org.ecograph.security;

import org.ecograph.model.InvalidArgumentException;

/** A token command or mutation that cannot be done as asked (unknown role, duplicate name, unknown token). */
public final class TokenException extends InvalidArgumentException {

	TokenException(String message) {
		super(message);
	}

}
