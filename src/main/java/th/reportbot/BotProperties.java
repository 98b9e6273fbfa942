package th.reportbot;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rosterFiles the districts' rosters (YAML), one file a district
 * @param adminToken bearer token of the JSON API; blank refuses every API call
 * @param localMode  set by {@code LocalModeEnvironment}: no LINE credentials, simulator on
 */
@ConfigurationProperties("reportbot")
public record BotProperties(@DefaultValue("config/ban-lat.yaml") List<Path> rosterFiles,
                            @DefaultValue("") String adminToken,
                            @DefaultValue("false") boolean localMode) {
}
