package th.reportbot.line;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook body as it arrives, with its HMAC-SHA256 under the channel secret computed chunk by chunk, so that the
 * signature is known the moment the last byte is in. Compares like the SDK's {@code LineSignatureValidator}: over the
 * exact bytes, in constant time.
 */
final class SignedBody {
    private final Mac mac;
    private final ByteArrayOutputStream bytes;

    SignedBody(String channelSecret, int expectedLength) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
        // Grown as bytes arrive, not sized from the header: a stranger's Content-Length costs no memory by itself.
        bytes = new ByteArrayOutputStream(Math.min(expectedLength, 8192));
    }

    void append(byte[] chunk, int length) {
        mac.update(chunk, 0, length);
        bytes.write(chunk, 0, length);
    }

    int length() {
        return bytes.size();
    }

    /** Whether {@code signature} (Base64, as in X-Line-Signature) is this body's; call once, after the last byte. */
    boolean isSignedWith(String signature) {
        byte[] expected = mac.doFinal();
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
