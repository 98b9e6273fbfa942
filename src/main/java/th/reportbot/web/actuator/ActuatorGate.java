package th.reportbot.web.actuator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may read {@code /actuator}: anyone gets the health status (load balancers, Docker's health check); its details
 * and every other endpoint (metrics) need the admin token as a bearer header, or a request on the management port
 * ({@code management.server.port}), which an operator keeps off the internet. A trusted request is given a principal,
 * which is what {@code management.endpoint.health.show-details: when-authorized} looks for.
 */
class ActuatorGate extends OncePerRequestFilter {
    private static final Principal OPERATOR = () -> "operator";

    private final byte[] expected;
    private final boolean managementPort;

    /** @param managementPort whether this gate stands on the management port, where every request is trusted */
    ActuatorGate(String adminToken, boolean managementPort) {
        this.expected = adminToken == null || adminToken.isBlank() ? null
                : ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8);
        this.managementPort = managementPort;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (managementPort || bearerMatches(request)) {
            chain.doFilter(new Trusted(request), response);
            return;
        }
        String path = request.getRequestURI();
        if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"missing or wrong bearer token\"}");
    }

    private boolean bearerMatches(HttpServletRequest request) {
        String given = request.getHeader("Authorization");
        return expected != null && given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Trusted extends HttpServletRequestWrapper {
        Trusted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return OPERATOR;
        }
    }
}
