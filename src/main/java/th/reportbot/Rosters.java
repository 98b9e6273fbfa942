package th.reportbot;

import java.util.List;

import th.reportbot.roster.District;

/**
 * The districts of the configured roster files, loaded and checked before anything is written: local mode's embedded
 * Redis, which creates its data folder, waits for this bean ({@link #BEAN}).
 */
public record Rosters(List<District> districts) {
    public static final String BEAN = "rosters";

    public Rosters {
        districts = List.copyOf(districts);
    }
}
