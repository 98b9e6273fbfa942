package th.reportbot.web.dashboard;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The officer's login: the admin token in the form's POST body or an {@code Authorization: Bearer} header, never in
 * the address (it would stay in browser history, proxy logs and {@code Referer}). Wrong tokens are rate-limited per
 * client address.
 */
@Controller
class LoginController {
    private static final Logger log = LoggerFactory.getLogger(LoginController.class);
    private static final String BEARER = "Bearer ";

    private final DashboardAccess access;
    private final LoginAttempts attempts;

    LoginController(DashboardAccess access, LoginAttempts attempts) {
        this.access = access;
        this.attempts = attempts;
    }

    /** A login link of the old form ({@code ?token=…}) gets the form, with a word on why, and logs no one in. */
    @GetMapping("/dashboard/login")
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (tokenInAddress(request)) {
            return tokenInAddressRefused(response, model);
        }
        return "dashboard/login";
    }

    @PostMapping("/dashboard/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (tokenInAddress(request)) {
            return tokenInAddressRefused(response, model);
        }
        String address = request.getRemoteAddr();
        Duration wait = attempts.waitFor(address);
        if (!wait.isZero()) {
            log.warn("Dashboard login refused: too many wrong tokens from {}", address);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
            model.addAttribute("tooMany", true);
            return "dashboard/login";
        }
        if (!access.tokenMatches(given(request))) {
            attempts.failed(address);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("wrong", true);
            return "dashboard/login";
        }
        response.addHeader(HttpHeaders.SET_COOKIE, access.loginCookie(request.isSecure()).toString());
        return "redirect:/dashboard";
    }

    /** The form's field (the body; the address was refused above), else the bearer header. */
    private static String given(HttpServletRequest request) {
        String field = request.getParameter("token");
        if (field != null) {
            return field;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()) : null;
    }

    static boolean tokenInAddress(HttpServletRequest request) {
        return request.getQueryString() != null && UriComponentsBuilder.newInstance().query(request.getQueryString())
                .build().getQueryParams().containsKey("token");
    }

    static String tokenInAddressRefused(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("tokenInAddress", true);
        return "dashboard/login";
    }
}
