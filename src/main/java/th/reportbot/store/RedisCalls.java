package th.reportbot.store;

import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;

import th.reportbot.report.StoreUnavailableException;

/** Runs a Redis call and turns Spring's data-access failure into the domain's "store unavailable" (a 503 upstream). */
final class RedisCalls {
    private RedisCalls() {
    }

    static <T> T available(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new StoreUnavailableException("Redis: " + e.getMessage(), e);
        }
    }
}
