package th.reportbot.report;

public enum RowStatus {
    REPORTED, MISSING, WARNING
}
