package org.ecograph.api;

/** A request the API rejects before asking anyone below it. */
public sealed class ApiException extends RuntimeException permits BadRequestException, NotFoundException {

	ApiException(String message) {
		super(message);
	}

}
