package th.reportbot.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-signed access without a password: a link to one group's page, or the officer's login cookie. What is signed
 * is the scope and the expiry; an altered or expired signature is refused, compared in constant time.
 */
public class LinkSigner {
    public enum Verdict { VALID, EXPIRED, INVALID }

    private final byte[] key;
    private final Clock clock;

    public LinkSigner(String secret, Clock clock) {
        this.key = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public boolean enabled() {
        return key != null;
    }

    /** @return the expiry (epoch seconds) and the signature */
    public Signed sign(String scope, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        return new Signed(expires, mac(scope + "|" + expires));
    }

    public Verdict verify(String scope, String expires, String signature) {
        if (key == null || expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return Verdict.INVALID;
        }
        byte[] expected = mac(scope + "|" + expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        return Instant.ofEpochSecond(Long.parseLong(expires)).isAfter(clock.instant()) ? Verdict.VALID : Verdict.EXPIRED;
    }

    public record Signed(long expires, String signature) {
    }

    private String mac(String text) {
        if (key == null) {
            throw new IllegalStateException("no secret to sign with");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
