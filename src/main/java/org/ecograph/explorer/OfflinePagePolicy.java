package org.ecograph.explorer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a Content-Security-Policy with the explorer's and GraphiQL's pages that allows scripts, styles, fonts and
 * requests from this server only. The pages are built to need nothing else; the policy makes the browser refuse,
 * rather than silently attempt, anything that would leave the machine (a CDN, a web font, an analytics beacon), so an
 * air-gapped user sees exactly what a connected one sees. Inline styles stay allowed (GraphiQL and Cytoscape set
 * them); inline scripts, {@code eval}, plugins and framing by other sites do not.
 */
class OfflinePagePolicy extends OncePerRequestFilter {

	/** The policy; {@code data:} and {@code blob:} images are the graph's PNG and SVG exports. */
	static final String POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
			"connect-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'",
			"form-action 'self'", "frame-ancestors 'self'");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/") || path.endsWith(".html") || path.equals("/graphiql"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", POLICY);
		chain.doFilter(request, response);
	}

}
