package th.reportbot.web.api;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.reportbot.report.StoreUnavailableException;

/** API errors as short JSON, never a stack trace. */
@RestControllerAdvice(basePackages = "th.reportbot.web.api")
class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<Map<String, String>> storeDown(StoreUnavailableException e) {
        log.error("API call failed, Redis unavailable: {}", e.getMessage());
        return ResponseEntity.status(503).body(Map.of("error", "storage unavailable, try again shortly"));
    }
}
