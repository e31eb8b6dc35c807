// slipwayAnalyse: ESLint and npm audit with gates; writes a SARIF report for Warnings NG (recordIssues).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    return slipwayRun('analyse', cfg)
}
