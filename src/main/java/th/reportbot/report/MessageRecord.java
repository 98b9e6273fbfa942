package th.reportbot.report;

import java.util.List;

/**
 * The reports one LINE message carried, so that unsending or editing it can find them.
 *
 * @param editedAt event time of the text these versions were read from (the message, or its newest edit)
 */
public record MessageRecord(String messageId, long editedAt, List<VersionRef> versions) {
    public MessageRecord {
        versions = List.copyOf(versions);
    }
}
