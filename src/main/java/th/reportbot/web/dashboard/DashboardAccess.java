package th.reportbot.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import th.reportbot.BotProperties;

/**
 * Who may see a page: a district officer who gave the admin token (a signed cookie, no server session, so any
 * instance accepts it), or anyone holding a signed link to one week of a group.
 */
@Component
class DashboardAccess {
    static final String COOKIE = "rb_officer";
    private static final String ADMIN_SCOPE = "officer";
    private static final Duration LOGIN_FOR = Duration.ofHours(12);

    enum Grant { OFFICER, LINK, EXPIRED_LINK, ALTERED_LINK, NONE }

    private final LinkSigner signer;
    private final byte[] adminToken;

    DashboardAccess(LinkSigner signer, BotProperties properties) {
        this.signer = signer;
        this.adminToken = properties.adminToken() == null || properties.adminToken().isBlank() ? null
                : properties.adminToken().getBytes(StandardCharsets.UTF_8);
    }

    /** What a page link grants: one group's one week (its page and that week's downloads). */
    static String weekScope(String groupId, LocalDate week) {
        return "week:" + groupId + "/" + week;
    }

    boolean tokenMatches(String token) {
        return adminToken != null && token != null
                && MessageDigest.isEqual(adminToken, token.getBytes(StandardCharsets.UTF_8));
    }

    ResponseCookie loginCookie(boolean secure) {
        LinkSigner.Signed signed = signer.sign(ADMIN_SCOPE, LOGIN_FOR);
        return ResponseCookie.from(COOKIE, signed.expires() + "." + signed.signature())
                .httpOnly(true).secure(secure).sameSite("Lax").path("/dashboard").maxAge(LOGIN_FOR).build();
    }

    boolean isOfficer(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                String[] parts = c.getValue().split("\\.", 2);
                return parts.length == 2 && signer.verify(ADMIN_SCOPE, parts[0], parts[1]) == LinkSigner.Verdict.VALID;
            }
        }
        return false;
    }

    Grant forWeek(HttpServletRequest request, String groupId, LocalDate week, String exp, String sig) {
        if (isOfficer(request)) {
            return Grant.OFFICER;
        }
        if (exp == null && sig == null) {
            return Grant.NONE;
        }
        return switch (signer.verify(weekScope(groupId, week), exp, sig)) {
            case VALID -> Grant.LINK;
            case EXPIRED -> Grant.EXPIRED_LINK;
            case INVALID -> Grant.ALTERED_LINK;
        };
    }
}
