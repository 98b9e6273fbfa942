package th.reportbot.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The JSON API's bearer token ({@code reportbot.admin-token}), compared in constant time. Blank refuses everyone. */
class AdminTokenInterceptor implements HandlerInterceptor {
    private static final Logger log = LoggerFactory.getLogger(AdminTokenInterceptor.class);

    private final byte[] expected;

    AdminTokenInterceptor(String adminToken) {
        this.expected = adminToken == null || adminToken.isBlank() ? null
                : ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String given = request.getHeader("Authorization");
        if (expected != null && given != null
                && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        log.warn("API call to {} refused: {}", request.getRequestURI(),
                expected == null ? "no admin token configured" : given == null ? "no bearer token" : "wrong bearer token");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"missing or wrong bearer token\"}");
        return false;
    }
}
