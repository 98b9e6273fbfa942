package th.reportbot.web.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import th.reportbot.BotProperties;
import th.reportbot.report.PageLinks;

/** Signed links to one week of a group's page, valid for 7 days, under {@code reportbot.public-base-url}. */
@Component
class SignedPageLinks implements PageLinks {
    static final Duration VALID_FOR = Duration.ofDays(7);

    private final LinkSigner signer;
    private final String baseUrl;

    SignedPageLinks(LinkSigner signer, BotProperties properties) {
        this.signer = signer;
        String baseUrl = properties.publicBaseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Optional<String> weekPage(String groupId, LocalDate week) {
        if (!signer.enabled()) {
            return Optional.empty();
        }
        LinkSigner.Signed signed = signer.sign(DashboardAccess.weekScope(groupId, week), VALID_FOR);
        return Optional.of(UriComponentsBuilder.fromUriString(baseUrl).path("/dashboard/g/{group}/{week}")
                .queryParam("exp", signed.expires()).queryParam("sig", signed.signature())
                .buildAndExpand(groupId, week).encode().toUriString());
    }
}
