package th.reportbot.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.QuotaType;

/**
 * Says whether a push to a group fits the channel's monthly quota and what it has used. The quota is read from LINE
 * once per scheduler tick that has something to push (a {@link Look}), not per push; group sizes are cached for hours.
 * A reminder must leave room for the group's table: the Friday table goes first.
 */
@Component
public class QuotaGuard {
    private static final Logger log = LoggerFactory.getLogger(QuotaGuard.class);
    private static final Duration MEMBERS_FOR = Duration.ofHours(6);

    private record Cached<T>(T value, Instant at) {
    }

    private final ObjectProvider<MessagingApiClient> client;
    private final Clock clock;
    private final Map<String, Cached<Long>> members = new ConcurrentHashMap<>();

    QuotaGuard(ObjectProvider<MessagingApiClient> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** A look at the quota for one tick: read at its first question, then counting what the tick takes. */
    public Look look() {
        return new Look();
    }

    /** The quota as one tick sees it. Pushes of a tick run at once, so each is counted when allowed, not when sent. */
    public final class Look {
        private long limit = -1; // -1: no limit
        private long used;
        private boolean read;

        private Look() {
        }

        /**
         * Takes a push's cost from the quota if it fits.
         *
         * @param table true for the Friday table, or for a reminder that need not leave room for one (its push is
         *              switched off); false for a reminder, which leaves room for the table
         */
        public synchronized boolean take(String groupId, boolean table) {
            try {
                if (!read) {
                    readQuota();
                }
                if (limit < 0) {
                    return true;
                }
                long cost = members(groupId);
                if (limit - used < (table ? cost : 2 * cost)) {
                    return false;
                }
                used += cost;
                return true;
            } catch (Exception e) {
                log.warn("Could not read the message quota ({}); pushing anyway", e.toString());
                return true;
            }
        }

        /** Messages the channel has left this month, less what this tick took; empty without a limit or a reading. */
        public synchronized OptionalLong remaining() {
            try {
                if (!read) {
                    readQuota();
                }
                return limit < 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(0, limit - used));
            } catch (Exception e) {
                log.warn("Could not read the message quota ({})", e.toString());
                return OptionalLong.empty();
            }
        }

        /** What one push to the group costs: its member count; empty when LINE does not say. */
        public OptionalLong pushCost(String groupId) {
            try {
                return OptionalLong.of(members(groupId));
            } catch (Exception e) {
                log.warn("Could not read the member count of {} ({})", groupId, e.toString());
                return OptionalLong.empty();
            }
        }

        /** Takes {@code messages} (pushes to single users, one message each) from the quota if they fit. */
        public synchronized boolean spend(long messages) {
            OptionalLong left = remaining();
            if (left.isPresent() && left.getAsLong() < messages) {
                return false;
            }
            used += messages;
            return true;
        }

        private void readQuota() throws Exception {
            MessageQuotaResponse quota = client.getObject().getMessageQuota().get(10, TimeUnit.SECONDS).body();
            used = client.getObject().getMessageQuotaConsumption().get(10, TimeUnit.SECONDS).body().totalUsage();
            limit = quota.type() == QuotaType.LIMITED && quota.value() != null ? quota.value() : -1;
            read = true;
        }
    }

    private long members(String groupId) throws Exception {
        Cached<Long> m = members.get(groupId);
        if (m == null || m.at().plus(MEMBERS_FOR).isBefore(clock.instant())) {
            Integer count = client.getObject().getGroupMemberCount(groupId).get(10, TimeUnit.SECONDS).body().count();
            m = new Cached<>(count == null ? 0L : count.longValue(), clock.instant());
            members.put(groupId, m);
        }
        return m.value();
    }
}
