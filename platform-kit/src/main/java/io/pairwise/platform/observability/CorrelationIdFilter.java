package io.pairwise.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the caller's correlation id (the gateway sets one on every request) or makes one, puts it in
 * the logging context and echoes it on the response, so logs, events and replies can be joined.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    // Anything else from a client is replaced: the id lands in logs and event headers.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(RequestContext.CORRELATION_ID_HEADER);
        String correlationId = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(RequestContext.CORRELATION_ID_MDC, correlationId);
        response.setHeader(RequestContext.CORRELATION_ID_HEADER, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestContext.CORRELATION_ID_MDC);
        }
    }
}
