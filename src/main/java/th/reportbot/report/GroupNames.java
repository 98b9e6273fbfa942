package th.reportbot.report;

import java.util.Collection;
import java.util.Map;

/**
 * A group's name as people in it know it ("บ้านลาดบ้านเรา"), for the pages, the exports and the logs. Never fails:
 * when the name cannot be had quickly, the group's id stands in for it.
 */
public interface GroupNames {

    /** The group's name, or its id when the name is not known. */
    String nameOf(String groupId);

    /** The names of several groups at once, looked up side by side; each falls back to its id. */
    Map<String, String> namesOf(Collection<String> groupIds);
}
