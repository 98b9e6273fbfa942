package th.reportbot.line;

import org.springframework.stereotype.Component;

import th.reportbot.report.DistrictTable;

/** "สรุป": the district table for this week, read now and drawn off the request thread. */
@Component
class SummaryCommand implements CommandHandler {
    private final FlexTableWriter flex;

    SummaryCommand(FlexTableWriter flex) {
        this.flex = flex;
    }

    @Override
    public Command command() {
        return Command.SUMMARY;
    }

    @Override
    public Reply answer(Call call) {
        DistrictTable table = call.desk().table(call.event().chatId(), call.week());
        return () -> flex.write(table);
    }
}
