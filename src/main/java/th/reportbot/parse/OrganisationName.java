package th.reportbot.parse;

import th.reportbot.roster.Organisation;

/**
 * @param org     the roster's organisation the text names, or null
 * @param unknown a prefixed name outside the roster, as written, or null
 */
public record OrganisationName(Organisation org, String unknown) {
}
