package th.reportbot.roster;

import java.util.List;

/**
 * One local government of a district.
 *
 * @param no      its row number in the district's form (1-based, roster order)
 * @param id      a stable ASCII id, used in storage keys
 * @param name    the canonical name shown in tables, exports and the API
 * @param aliases other full names people write for it
 * @param places     the tambons it covers; people often write only a place name
 * @param population how many people live in its area, when the roster gives it (optional): a total above it is not
 *                   stored without the sender's confirmation
 */
public record Organisation(int no, String id, String name, List<String> aliases, List<String> places,
                           Long population) {
    public Organisation {
        aliases = List.copyOf(aliases);
        places = List.copyOf(places);
    }

    public Organisation(int no, String id, String name, List<String> aliases, List<String> places) {
        this(no, id, name, aliases, places, null);
    }
}
